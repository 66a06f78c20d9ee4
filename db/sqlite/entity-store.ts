import type { Database } from 'better-sqlite3';
import type { EntityTerm } from '../store';

/** Reads the entity vocabulary: names, aliases and demonyms. */
export function createEntityStore(db: Database) {
  // Names first, by name (case aside), then the other names and demonyms in the order entered: a
  // later term wins where two spell alike, so the order is part of the answer.
  const terms = db.prepare<[], EntityTerm>(
    `SELECT entityId, entity, term, kind FROM (
       SELECT 0 AS part, name AS sort_name, 0 AS entered, id AS entityId, name AS entity, name AS term, 'name' AS kind FROM entities
       UNION ALL
       SELECT 1, '', a.rowid, e.id, e.name, a.alias, CASE a.kind WHEN 'demonym' THEN 'demonym' ELSE 'alias' END
         FROM entity_aliases a JOIN entities e ON e.id = a.entity_id)
     ORDER BY part, sort_name COLLATE NOCASE, entered`,
  );
  const version = db.prepare<[], { v: string }>(`SELECT CAST(counter AS TEXT) AS v FROM vocabulary_version WHERE id = 1`);
  const mostCited = db.prepare<[number], { name: string }>(
    `SELECT e.name FROM entities e
      ORDER BY (SELECT count(*) FROM fact_entities fe WHERE fe.entity_id = e.id) DESC, e.id LIMIT ?`,
  );
  return {
    /** The entities most facts are tagged with: what the base covers best. */
    mostCited(limit: number): string[] {
      return mostCited.all(limit).map((row) => row.name);
    },
    listTerms(): EntityTerm[] {
      return terms.all();
    },
    /** Changes with every write to entities or aliases (a counter bumped by triggers): lets every process cache the vocabulary. */
    vocabularyVersion(): string {
      return version.get()?.v ?? '';
    },
  };
}
