import type { Database } from 'better-sqlite3';
import { type SourceRow, toSourceRecord } from './source-row';
import type { CatalogueEntry } from '../store';

interface CatalogueRow extends SourceRow {
  fact_count: number;
}

function toEntry(row: CatalogueRow): CatalogueEntry {
  return { ...toSourceRecord(row), factCount: row.fact_count };
}

const CATALOGUE_SELECT = `
  SELECT s.*, (SELECT count(*) FROM facts f WHERE f.source_id = s.id AND f.status = 'active') AS fact_count
    FROM sources s`;

/** Reads the source catalogue. */
export function createSourceStore(db: Database) {
  const all = db.prepare<[], CatalogueRow>(`${CATALOGUE_SELECT} ORDER BY fact_count DESC, s.id`);
  const filtered = db.prepare<[string], CatalogueRow>(
    `${CATALOGUE_SELECT}
      WHERE instr(lower(s.title || ' ' || coalesce(s.author, '') || ' ' || coalesce(s.publisher, '')), lower(?)) > 0
      ORDER BY fact_count DESC, s.id`,
  );
  const one = db.prepare<[number], CatalogueRow>(`${CATALOGUE_SELECT} WHERE s.id = ?`);
  const alike = db.prepare<{ url: string | null; title: string }, CatalogueRow>(
    `${CATALOGUE_SELECT} WHERE s.url = @url OR lower(s.title) = lower(@title) ORDER BY s.id`,
  );
  return {
    /** Every source, or those whose title, author or publisher contains `text`; most cited first. */
    list(text?: string): CatalogueEntry[] {
      return (text ? filtered.all(text) : all.all()).map(toEntry);
    },
    /** Sources with this address or this title (case aside): a new one may be a duplicate of them. */
    findAlike(url: string | null, title: string): CatalogueEntry[] {
      return alike.all({ url, title }).map(toEntry);
    },
    get(id: number): CatalogueEntry | undefined {
      const row = one.get(id);
      return row ? toEntry(row) : undefined;
    },
  };
}
