import { cachePositiveCountsAsync } from '../positive-count-cache';
import { batchedLookup } from './batched-lookup';
import type { MatchExpression, RankedHit } from '../store';
import type { SqlDatabase } from './sql-client';
import { toTsquery } from './tsquery';

// ts_rank's weights for the D, C, B and A labels, in that order: the statement (A) counts most,
// then the entity names and aliases (B), then the verbatim quote (C), in the proportions of
// SQLite's bm25 column weights 4.0, 3.0 and 1.5 (ts_rank takes weights up to 1). D labels nothing.
const FACT_WEIGHTS = '{0.1, 0.375, 0.75, 1.0}';

// Usable facts only: active, and their source not retracted.
const USABLE = `FROM facts_fts ff JOIN facts f ON f.id = ff.fact_id JOIN sources s ON s.id = f.source_id
 WHERE f.status = 'active' AND s.status = 'active'`;

/**
 * Full-text retrieval over usable facts (facts_fts's weighted tsvector), ranked so that lower is
 * better as SQLite's bm25 is, and the word counts of the index (facts_vocab).
 */
export function createSearchStore(db: SqlDatabase) {
  const countFacts = batchedLookup<number>(db, `SELECT term AS key, doc AS value FROM facts_vocab WHERE term = ANY($1::text[])`, 0);
  const factsWithTerm = cachePositiveCountsAsync(countFacts);
  return {
    async hasTerm(stem: string): Promise<boolean> {
      return (await factsWithTerm(stem)) > 0;
    },
    factsWithTerm,
    async indexedFacts(): Promise<number> {
      const { rows } = await db.query<{ total: number }>(`SELECT count(*)::integer AS total FROM facts`);
      return rows[0]?.total ?? 0;
    },
    async entityKinds(): Promise<Map<string, string>> {
      const { rows } = await db.query<{ name: string; kind: string }>(`SELECT name, kind FROM entities`);
      return new Map(rows.map((row) => [row.name, row.kind]));
    },
    async match(expression: MatchExpression, limit: number): Promise<RankedHit[]> {
      const query = toTsquery(expression, 2);
      const { rows } = await db.query<RankedHit>(
        `SELECT f.id, -ts_rank('${FACT_WEIGHTS}', ff.document, ${query.sql}) AS rank
         ${USABLE} AND ff.document @@ ${query.sql}
         ORDER BY rank, f.id LIMIT $1`,
        [limit, ...query.params],
      );
      return rows;
    },
    /** The newest `limit` matching facts, unscored: the index hands them over without ranking every match. */
    async matchNewest(expression: MatchExpression, limit: number): Promise<RankedHit[]> {
      const query = toTsquery(expression, 2);
      const { rows } = await db.query<RankedHit>(`SELECT f.id, 0 AS rank ${USABLE} AND ff.document @@ ${query.sql} ORDER BY f.id DESC LIMIT $1`, [
        limit,
        ...query.params,
      ]);
      return rows;
    },
  };
}
