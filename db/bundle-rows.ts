import type { EntityRecord } from '../src/domain/entity';
import type { FactRecord } from '../src/domain/fact';
import { toFactId, toSourceId } from '../src/domain/ids';

/** An entity row as a bundle is read from it. */
export interface EntityRow {
  id: number;
  name: string;
  kind: EntityRecord['kind'];
}

/** Another name of an entity, in the order the names were added. */
export interface AliasRow {
  entity_id: number;
  alias: string;
  kind: 'name' | 'demonym';
}

/** A fact row citing a source of the base, with its entity names in entity id order. */
export interface BundleFactRow {
  id: number;
  statement: string;
  quote: string;
  source_id: number;
  period_start: string | null;
  period_end: string | null;
  status: FactRecord['status'];
  entities: string[];
}

/** Entities in the interchange form, each with its aliases and demonyms in the order they were added. */
export function toEntityRecords(entities: readonly EntityRow[], aliases: readonly AliasRow[]): EntityRecord[] {
  const namesOf = (row: EntityRow, kind: AliasRow['kind']): string[] => aliases.filter((a) => a.entity_id === row.id && a.kind === kind).map((a) => a.alias);
  return entities.map((row) => ({ name: row.name, kind: row.kind, aliases: namesOf(row, 'name'), demonyms: namesOf(row, 'demonym') }));
}

/** A fact in the interchange form. */
export function toFactRecord(row: BundleFactRow): FactRecord {
  return {
    id: toFactId(row.id),
    statement: row.statement,
    quote: row.quote,
    source: toSourceId(row.source_id),
    period: { start: row.period_start, end: row.period_end },
    entities: row.entities,
    status: row.status,
  };
}
