import { toSourceId } from '../../src/domain/ids';
import { type OutlineRow, toFactOutline, USABLE } from '../sqlite/view-store';
import type { Companion, EntityCard, FactOutline } from '../store';
import type { SqlDatabase } from './sql-client';

/** Reads what the entity profile needs: its card, its facts in outline, and its companions. */
export function createViewStore(db: SqlDatabase) {
  return {
    /** Every usable fact tagged with the entity, oldest id first. */
    async factOutlines(entityId: number): Promise<FactOutline[]> {
      const { rows } = await db.query<OutlineRow>(
        `SELECT f.id, f.period_start, f.period_end, f.statement, f.source_id, s.published_on
           FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id JOIN sources s ON s.id = f.source_id
          WHERE fe.entity_id = $1 AND ${USABLE} ORDER BY f.id`,
        [entityId],
      );
      return rows.map(toFactOutline);
    },
    /** The entity's name and kind with its other names and demonyms, as entered. */
    async card(entityId: number): Promise<EntityCard | undefined> {
      const entity = (await db.query<{ name: string; kind: string }>(`SELECT name, kind FROM entities WHERE id = $1`, [entityId])).rows[0];
      if (!entity) return undefined;
      const { rows: names } = await db.query<{ alias: string; kind: 'name' | 'demonym' }>(
        `SELECT alias, kind FROM entity_aliases WHERE entity_id = $1 ORDER BY entered`,
        [entityId],
      );
      return {
        ...entity,
        aliases: names.filter((name) => name.kind === 'name').map((name) => name.alias),
        demonyms: names.filter((name) => name.kind === 'demonym').map((name) => name.alias),
      };
    },
    /** The entities that share the most usable facts with this one, most shared first, then by name as SQLite's NOCASE sorts it. */
    async companions(entityId: number, limit: number): Promise<Companion[]> {
      const { rows } = await db.query<{ name: string; facts: number; sources: number[] }>(
        `SELECT e.name, count(*)::integer AS facts, array_agg(DISTINCT f.source_id ORDER BY f.source_id) AS sources
           FROM fact_entities mine
           JOIN fact_entities other ON other.fact_id = mine.fact_id AND other.entity_id <> mine.entity_id
           JOIN entities e ON e.id = other.entity_id
           JOIN facts f ON f.id = mine.fact_id JOIN sources s ON s.id = f.source_id
          WHERE mine.entity_id = $1 AND ${USABLE}
          GROUP BY e.id, e.name ORDER BY facts DESC, lower(e.name COLLATE "C") COLLATE "C" LIMIT $2`,
        [entityId, limit],
      );
      return rows.map((row) => ({ name: row.name, facts: row.facts, sourceIds: row.sources.map(toSourceId) }));
    },
  };
}
