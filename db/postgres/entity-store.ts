import type { EntityTerm } from '../store';
import type { SqlDatabase } from './sql-client';

/** Reads the entity vocabulary: names, aliases and demonyms. */
export function createEntityStore(db: SqlDatabase) {
  return {
    /** The entities most facts are tagged with: what the base covers best. */
    async mostCited(limit: number): Promise<string[]> {
      const { rows } = await db.query<{ name: string }>(
        // Counted in one pass over the links: a count per entity probes the link index once per
        // entity, and before a vacuum each probe visits every link's row (1.2 s at a million facts).
        `SELECT e.name FROM entities e
           LEFT JOIN (SELECT entity_id, count(*) AS facts FROM fact_entities GROUP BY entity_id) c ON c.entity_id = e.id
          ORDER BY coalesce(c.facts, 0) DESC, e.id LIMIT $1`,
        [limit],
      );
      return rows.map((row) => row.name);
    },
    /**
     * Names first, by name with ASCII case aside (SQLite's NOCASE: lower() under "C" folds ASCII
     * only), then the other names and demonyms in the order entered, as the SQLite store lists them:
     * a later term wins where two spell alike, so the order is part of the answer.
     */
    async listTerms(): Promise<EntityTerm[]> {
      const { rows } = await db.query<EntityTerm>(
        `SELECT "entityId", entity, term, kind FROM (
           SELECT 0 AS part, lower(name COLLATE "C") AS sort_name, 0 AS entered, id AS "entityId", name AS entity, name AS term, 'name' AS kind
             FROM entities
           UNION ALL
           SELECT 1, '', a.entered, e.id, e.name, a.alias, CASE a.kind WHEN 'demonym' THEN 'demonym' ELSE 'alias' END
             FROM entity_aliases a JOIN entities e ON e.id = a.entity_id) AS terms
         ORDER BY part, sort_name COLLATE "C", entered`,
      );
      return rows;
    },
    /** Changes with every write to entities or aliases (a counter bumped by triggers): lets every process cache the vocabulary. */
    async vocabularyVersion(): Promise<string> {
      return (await db.query<{ v: string }>(`SELECT counter::text AS v FROM vocabulary_version WHERE id = 1`)).rows[0]?.v ?? '';
    },
  };
}
