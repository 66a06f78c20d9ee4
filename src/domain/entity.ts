/** What an entity is; every entity has exactly one kind. */
export const ENTITY_KINDS = ['group', 'country', 'region', 'place', 'person', 'organisation'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Whether an entity's other name is a name (TTP, Pakistani Taliban) or an adjective (Tajik). */
export type AliasKind = 'name' | 'demonym';

/** An entity in the interchange form: its name, kind and other names. */
export interface EntityRecord {
  name: string;
  kind: EntityKind;
  aliases: string[];
  demonyms: string[];
}

/** An entity a fact's author asks to create. */
export interface NewEntity {
  name: string;
  kind: string;
}
