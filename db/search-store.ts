import type { Database } from 'better-sqlite3';

/** A fact id with its bm25 rank (lower is better, as FTS5 reports it). */
export interface RankedHit {
  id: number;
  rank: number;
}

// Column weights for bm25: a hit in the plain-words statement counts most, then the entity names
// and aliases the fact is tagged with, then the verbatim quote.
const BM25 = 'bm25(facts_fts, 4.0, 1.5, 3.0)';

/** FTS5 retrieval over active facts. Callers pass a MATCH expression built by the search core. */
export function createSearchStore(db: Database) {
  const match = db.prepare<[string, number], RankedHit>(
    `SELECT f.id, ${BM25} AS rank
       FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid
      WHERE facts_fts MATCH ? AND f.status = 'active'
      ORDER BY rank LIMIT ?`,
  );
  const byEntity = db.prepare<[string, number], { id: number }>(
    `SELECT DISTINCT f.id FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id
      WHERE fe.entity_id IN (SELECT value FROM json_each(?)) AND f.status = 'active'
      ORDER BY f.id DESC LIMIT ?`,
  );
  const vocabulary = db.prepare<[string], { found: number }>(`SELECT 1 AS found FROM facts_vocab WHERE term = ?`);
  return {
    /** Whether a (stemmed) word occurs anywhere in the index. */
    hasTerm(stem: string): boolean {
      return vocabulary.get(stem) !== undefined;
    },
    /** The best `limit` active facts for an FTS5 MATCH expression, best first. */
    match(expression: string, limit: number): RankedHit[] {
      return match.all(expression, limit);
    },
    /** Active facts tagged with any of these entities, newest first. */
    factsOfEntities(entityIds: readonly number[], limit: number): number[] {
      return byEntity.all(JSON.stringify(entityIds), limit).map((row) => row.id);
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
