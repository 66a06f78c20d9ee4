import { type SourceRow, toSourceCitation } from '../sqlite/source-row';
import type { CatalogueField, CatalogueHit, CatalogueName, MatchExpression } from '../store';
import { batchedLookup } from './batched-lookup';
import type { SqlDatabase } from './sql-client';
import { toTsquery } from './tsquery';

type HitRow = Pick<SourceRow, 'id' | 'title' | 'author' | 'publisher' | 'published_on' | 'url'> & { rank: number };

const toHit = (row: HitRow): CatalogueHit => ({ ...toSourceCitation(row), rowId: row.id, rank: row.rank });

// The weight label each field is indexed under (sources.document).
const LABELS: Record<CatalogueField, string> = { title: 'a', author: 'b', publisher: 'c' };

// ts_rank's weights for D, C (publisher), B (author) and A (title): SQLite's bm25 weights 3.0, 2.0
// and 2.0 for title, author and publisher, scaled to at most 1.
const SOURCE_WEIGHTS = '{0.1, 0.667, 0.667, 1.0}';

const CITATION = 's.id, s.title, s.author, s.publisher, s.published_on, s.url';

/**
 * Reads the source catalogue's index (sources.document: title, author, publisher). Only active
 * sources come out: a retracted one is never offered as reading.
 */
export function createCatalogueStore(db: SqlDatabase) {
  return {
    /**
     * The best `limit` active sources for an expression over some fields: the index finds the
     * sources, and the expression must then hold within those fields alone (ts_filter).
     */
    async match(fields: readonly CatalogueField[], expression: MatchExpression, limit: number): Promise<CatalogueHit[]> {
      const query = toTsquery(expression, 3);
      const within = `ts_filter(s.document, $2::"char"[])`;
      const { rows } = await db.query<HitRow>(
        `SELECT ${CITATION}, -ts_rank('${SOURCE_WEIGHTS}', ${within}, ${query.sql}) AS rank FROM sources s
          WHERE s.status = 'active' AND s.document @@ ${query.sql} AND ${within} @@ ${query.sql}
          ORDER BY rank, s.id LIMIT $1`,
        [limit, fields.map((field) => LABELS[field]), ...query.params],
      );
      return rows.map(toHit);
    },
    /**
     * Active sources whose (partial ISO) publication date sorts between `from` and `to`, newest
     * first; a `from` of `2022` takes in `2022`, `2022-05` and `2022-05-01`. Dates compare byte by
     * byte as on SQLite: a language's collation may pass over the hyphens.
     */
    async publishedBetween(from: string, to: string, limit: number): Promise<CatalogueHit[]> {
      const { rows } = await db.query<HitRow>(
        `SELECT ${CITATION}, 0 AS rank FROM sources s
          WHERE s.status = 'active' AND s.published_on COLLATE "C" >= $1 AND s.published_on COLLATE "C" <= $2
          ORDER BY s.published_on COLLATE "C" DESC, s.id LIMIT $3`,
        [from, to, limit],
      );
      return rows.map(toHit);
    },
    /** Every author line and publisher of an active source, as written ("A and B", "Crisis Group"). */
    async listNames(): Promise<CatalogueName[]> {
      const { rows } = await db.query<CatalogueName>(
        `SELECT author AS name, 'author' AS role FROM sources WHERE status = 'active' AND author IS NOT NULL
         UNION SELECT publisher, 'publisher' FROM sources WHERE status = 'active' AND publisher IS NOT NULL`,
      );
      return rows;
    },
    /** Changes whenever a source is added, edited or changes status: lets callers cache `listNames`. */
    async namesVersion(): Promise<number> {
      const { rows } = await db.query<{ version: number }>(`SELECT version FROM catalogue_version WHERE id = 1`);
      return Number(rows[0]?.version ?? 0);
    },
    /** Whether a (stemmed) word occurs in any title, author or publisher. */
    hasTerm: batchedLookup<boolean>(db, `SELECT term AS key, true AS value FROM sources_vocab WHERE term = ANY($1::text[])`, false),
  };
}
