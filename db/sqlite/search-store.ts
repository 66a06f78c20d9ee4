import type { Database } from 'better-sqlite3';
import { toFtsMatch } from './fts-match';
import { cachePositiveCounts } from '../positive-count-cache';
import type { MatchExpression, RankedHit } from '../store';

// Column weights for bm25: a hit in the plain-words statement counts most, then the entity names
// and aliases the fact is tagged with, then the verbatim quote.
const BM25 = 'bm25(facts_fts, 4.0, 1.5, 3.0)';

/** FTS5 retrieval over active facts whose source is not retracted. */
export function createSearchStore(db: Database) {
  const match = db.prepare<[string, number], RankedHit>(
    `SELECT f.id, ${BM25} AS rank
       FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid JOIN sources s ON s.id = f.source_id
      WHERE facts_fts MATCH ? AND f.status = 'active' AND s.status = 'active'
      ORDER BY rank LIMIT ?`,
  );
  const newest = db.prepare<[string, number], RankedHit>(
    `SELECT f.id, 0 AS rank
       FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid JOIN sources s ON s.id = f.source_id
      WHERE facts_fts MATCH ? AND f.status = 'active' AND s.status = 'active'
      ORDER BY facts_fts.rowid DESC LIMIT ?`,
  );
  const documents = db.prepare<[string], { doc: number }>(`SELECT doc FROM facts_vocab WHERE term = ?`);
  const factsWithTerm = cachePositiveCounts((stem) => documents.get(stem)?.doc ?? 0);
  const indexed = db.prepare<[], { total: number }>(`SELECT count(*) AS total FROM facts`);
  const kinds = db.prepare<[], { name: string; kind: string }>(`SELECT name, kind FROM entities`);
  return {
    /** Whether a (stemmed) word occurs anywhere in the index. */
    hasTerm(stem: string): boolean {
      return factsWithTerm(stem) > 0;
    },
    /** How many indexed facts hold a (stemmed) word (for a word that occurs, as of up to a minute ago). */
    factsWithTerm,
    /** How many facts the base holds, whatever their status: the scale a word's share is read against. */
    indexedFacts(): number {
      return indexed.get()?.total ?? 0;
    },
    /** Every entity's kind (country, person, group, …) by name. */
    entityKinds(): Map<string, string> {
      return new Map(kinds.all().map((row) => [row.name, row.kind]));
    },
    /** The best `limit` active facts for an expression, best first. */
    match(expression: MatchExpression, limit: number): RankedHit[] {
      return match.all(toFtsMatch(expression), limit);
    },
    /**
     * The newest `limit` matching facts, unscored. FTS5 walks them in rowid order and stops at
     * the limit, so this stays fast for common words where scoring every match would not.
     */
    matchNewest(expression: MatchExpression, limit: number): RankedHit[] {
      return newest.all(toFtsMatch(expression), limit);
    },
  };
}
