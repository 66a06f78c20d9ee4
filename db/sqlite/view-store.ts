import type { Database } from 'better-sqlite3';
import { toSourceId } from '../../src/domain/ids';
import type { Companion, EntityCard, FactOutline } from '../store';

/** A usable fact's row as the entity profile's outline query reads it (on either store). */
export interface OutlineRow {
  id: number;
  period_start: string | null;
  period_end: string | null;
  statement: string;
  source_id: number;
  published_on: string | null;
}

/** A usable fact: active, its source not retracted (the facts and sources are `f` and `s`). */
export const USABLE = `f.status = 'active' AND s.status = 'active'`;

/** A fact's outline from its row. */
export function toFactOutline(row: OutlineRow): FactOutline {
  return {
    rowId: row.id,
    period: { start: row.period_start, end: row.period_end },
    statement: row.statement,
    sourceRowId: row.source_id,
    sourceDate: row.published_on,
  };
}

/** Reads what the analyst views (timeline, entity profile, digest, source detail) need. */
export function createViewStore(db: Database) {
  const entityFacts = db.prepare<[number], OutlineRow>(
    `SELECT f.id, f.period_start, f.period_end, f.statement, f.source_id, s.published_on
       FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id JOIN sources s ON s.id = f.source_id
      WHERE fe.entity_id = ? AND ${USABLE} ORDER BY f.id`,
  );
  const entity = db.prepare<[number], { name: string; kind: string }>(`SELECT name, kind FROM entities WHERE id = ?`);
  const aliases = db.prepare<[number], { alias: string; kind: 'name' | 'demonym' }>(
    `SELECT alias, kind FROM entity_aliases WHERE entity_id = ? ORDER BY rowid`,
  );
  const companions = db.prepare<[number, number], { name: string; facts: number; sources: string }>(
    `SELECT e.name, count(*) AS facts, json_group_array(DISTINCT f.source_id ORDER BY f.source_id) AS sources
       FROM fact_entities mine
       JOIN fact_entities other ON other.fact_id = mine.fact_id AND other.entity_id <> mine.entity_id
       JOIN entities e ON e.id = other.entity_id
       JOIN facts f ON f.id = mine.fact_id JOIN sources s ON s.id = f.source_id
      WHERE mine.entity_id = ? AND ${USABLE}
      GROUP BY other.entity_id ORDER BY facts DESC, e.name LIMIT ?`,
  );
  const sourceFacts = db.prepare<[number], { id: number }>(`SELECT id FROM facts WHERE source_id = ? ORDER BY id`);
  return {
    /** Every usable fact tagged with the entity, oldest id first. */
    entityFacts(entityId: number): FactOutline[] {
      return entityFacts.all(entityId).map(toFactOutline);
    },
    /** The entity's name and kind with its other names and demonyms, as entered. */
    entityCard(entityId: number): EntityCard | undefined {
      const row = entity.get(entityId);
      if (!row) return undefined;
      const names = aliases.all(entityId);
      return {
        ...row,
        aliases: names.filter((name) => name.kind === 'name').map((name) => name.alias),
        demonyms: names.filter((name) => name.kind === 'demonym').map((name) => name.alias),
      };
    },
    /** The entities that share the most usable facts with this one, most shared first. */
    companions(entityId: number, limit: number): Companion[] {
      return companions
        .all(entityId, limit)
        .map((row) => ({ name: row.name, facts: row.facts, sourceIds: (JSON.parse(row.sources) as number[]).map(toSourceId) }));
    },
    /** The row ids of every fact citing a source, whatever its status, oldest first. */
    sourceFactIds(sourceRowId: number): number[] {
      return sourceFacts.all(sourceRowId).map((row) => row.id);
    },
  };
}
