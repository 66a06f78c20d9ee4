import type { CatalogueEntry } from '../store';
import { type SourceRow, toSourceRecord } from '../sqlite/source-row';
import type { SqlDatabase } from './sql-client';

interface CatalogueRow extends SourceRow {
  fact_count: number;
}

const toEntry = (row: CatalogueRow): CatalogueEntry => ({ ...toSourceRecord(row), factCount: row.fact_count });

const CATALOGUE_SELECT = `
  SELECT s.id, s.title, s.author, s.publisher, s.published_on, s.url, s.kind, s.notes, s.status,
         (SELECT count(*)::integer FROM facts f WHERE f.source_id = s.id AND f.status = 'active') AS fact_count
    FROM sources s`;

// SQLite's lower() folds ASCII letters only; lower() under the "C" collation does the same, so a
// filter or a title matches here exactly what it matches on the SQLite store.
const asciiLower = (sql: string): string => `lower((${sql}) COLLATE "C")`;

/** Reads the source catalogue. */
export function createSourceStore(db: SqlDatabase) {
  const entries = async (sql: string, params: readonly unknown[]): Promise<CatalogueEntry[]> => (await db.query<CatalogueRow>(sql, params)).rows.map(toEntry);
  return {
    /** Every source, or those whose title, author or publisher contains `text`; most cited first. */
    list(text?: string): Promise<CatalogueEntry[]> {
      if (!text) return entries(`${CATALOGUE_SELECT} ORDER BY fact_count DESC, s.id`, []);
      return entries(
        `${CATALOGUE_SELECT}
          WHERE strpos(${asciiLower(`s.title || ' ' || coalesce(s.author, '') || ' ' || coalesce(s.publisher, '')`)}, ${asciiLower('$1::text')}) > 0
          ORDER BY fact_count DESC, s.id`,
        [text],
      );
    },
    /** Sources with this address or this title (case aside): a new one may be a duplicate of them. */
    findAlike(url: string | null, title: string): Promise<CatalogueEntry[]> {
      return entries(`${CATALOGUE_SELECT} WHERE s.url = $1 OR ${asciiLower('s.title')} = ${asciiLower('$2::text')} ORDER BY s.id`, [url, title]);
    },
    async get(id: number): Promise<CatalogueEntry | undefined> {
      return (await entries(`${CATALOGUE_SELECT} WHERE s.id = $1`, [id]))[0];
    },
  };
}
