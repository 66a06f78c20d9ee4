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

// Below this many possible matches, the newest are sorted out of the index's matches; from it
// on, the newest facts are read in id order until enough match.
const FEW_MATCHES = 2_000;

/**
 * At most how many facts `expression` can match, from each phrase's count (that of its rarest
 * word): an `all` no more than its rarest part, an `any` no more than its parts together.
 */
export function mostMatches(expression: MatchExpression, phraseCounts: ReadonlyMap<string, number>): number {
  if ('phrase' in expression) return phraseCounts.get(expression.phrase) ?? 0;
  const parts = ('all' in expression ? expression.all : expression.any).map((part) => mostMatches(part, phraseCounts));
  if (parts.length === 0) return 0;
  return 'all' in expression ? Math.min(...parts) : parts.reduce((sum, count) => sum + count, 0);
}

/**
 * Full-text retrieval over usable facts (facts_fts's weighted tsvector), ranked so that lower is
 * better as SQLite's bm25 is, and the word counts of the index (facts_vocab). `fewMatches` is for tests.
 */
export function createSearchStore(db: SqlDatabase, { fewMatches = FEW_MATCHES } = {}) {
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
    /**
     * The newest `limit` matching facts, unscored. Common words match so many facts that reading
     * the newest in id order finds enough at once, and sorting all their matches would not; rare
     * words are the other way round, and PostgreSQL's estimate cannot tell the two apart (it took
     * thirteen facts naming Tajikistan for 1,649 and read a million facts in id order, 0.7 s). The
     * word counts can: each phrase matches at most as many facts as hold its rarest word.
     */
    async matchNewest(expression: MatchExpression, limit: number): Promise<RankedHit[]> {
      const query = toTsquery(expression, 2);
      const { rows: counts } = await db.query<{ phrase: string; most: number }>(
        `SELECT p.phrase, min(coalesce(v.doc, 0))::integer AS most
           FROM unnest($1::text[]) AS p(phrase)
           LEFT JOIN LATERAL unnest(tsvector_to_array(to_tsvector('briefbot', search_words(p.phrase)))) AS l(lexeme) ON true
           LEFT JOIN facts_vocab v ON v.term = l.lexeme
          GROUP BY p.phrase`,
        [query.params],
      );
      const few = mostMatches(expression, new Map(counts.map((row) => [row.phrase, row.most]))) < fewMatches;
      const sql = few
        ? // Materialized, so no plan can read the facts in id order to meet the sort.
          `WITH usable AS MATERIALIZED (SELECT f.id ${USABLE} AND ff.document @@ ${query.sql})
           SELECT id, 0 AS rank FROM usable ORDER BY id DESC LIMIT $1`
        : `SELECT f.id, 0 AS rank ${USABLE} AND ff.document @@ ${query.sql} ORDER BY f.id DESC LIMIT $1`;
      const { rows } = await db.query<RankedHit>(sql, [limit, ...query.params]);
      return rows;
    },
  };
}
