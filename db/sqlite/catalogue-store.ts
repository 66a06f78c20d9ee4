import type { Database } from 'better-sqlite3';
import { toFtsColumnMatch } from './fts-match';
import { type SourceRow, toSourceCitation } from './source-row';
import type { CatalogueField, CatalogueHit, CatalogueName, MatchExpression } from '../store';

type HitRow = Pick<SourceRow, 'id' | 'title' | 'author' | 'publisher' | 'published_on' | 'url'> & { rank: number };

const toHit = (row: HitRow): CatalogueHit => ({ ...toSourceCitation(row), rowId: row.id, rank: row.rank });

/**
 * Reads the source catalogue's FTS5 index (`sources_fts`: title, author, publisher). Only active
 * sources come out: a retracted one is never offered as reading.
 */
export function createCatalogueStore(db: Database) {
  const match = db.prepare<[string, number], HitRow>(
    `SELECT s.id, s.title, s.author, s.publisher, s.published_on, s.url, bm25(sources_fts, 3.0, 2.0, 2.0) AS rank
       FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
      WHERE sources_fts MATCH ? AND s.status = 'active'
      ORDER BY rank LIMIT ?`,
  );
  const names = db.prepare<[], CatalogueName>(
    `SELECT author AS name, 'author' AS role FROM sources WHERE status = 'active' AND author IS NOT NULL
     UNION SELECT publisher, 'publisher' FROM sources WHERE status = 'active' AND publisher IS NOT NULL`,
  );
  const version = db.prepare<[], { version: number }>(`SELECT version FROM catalogue_version WHERE id = 1`);
  const published = db.prepare<[string, string, number], HitRow>(
    `SELECT id, title, author, publisher, published_on, url, 0 AS rank FROM sources
      WHERE status = 'active' AND published_on >= ? AND published_on <= ?
      ORDER BY published_on DESC, id LIMIT ?`,
  );
  const vocabulary = db.prepare<[string], { found: number }>(`SELECT 1 AS found FROM sources_vocab WHERE term = ?`);
  return {
    /** The best `limit` active sources for an expression over the given fields of the catalogue. */
    match(fields: readonly CatalogueField[], expression: MatchExpression, limit: number): CatalogueHit[] {
      return match.all(toFtsColumnMatch(fields, expression), limit).map(toHit);
    },
    /**
     * Active sources whose (partial ISO) publication date sorts between `from` and `to`, newest
     * first; a `from` of `2022` takes in `2022`, `2022-05` and `2022-05-01`.
     */
    publishedBetween(from: string, to: string, limit: number): CatalogueHit[] {
      return published.all(from, to, limit).map(toHit);
    },
    /** Every author line and publisher of an active source, as written ("A and B", "Crisis Group"). */
    listNames(): CatalogueName[] {
      return names.all();
    },
    /** Changes whenever a source is added, edited or changes status: lets callers cache `listNames`. */
    namesVersion(): number {
      return version.get()?.version ?? 0;
    },
    /** Whether a (stemmed) word occurs in any title, author or publisher. */
    hasTerm(stem: string): boolean {
      return vocabulary.get(stem) !== undefined;
    },
  };
}
