import type { NewEntity } from './entity';
import type { Period } from './period';
import type { NewSource, SourceCitation } from './source';

/**
 * A fact's life: `pending` while a suggestion waits for review, `active` once in the base,
 * `retracted` when taken back (restore returns it), `rejected` when a suggestion was turned down.
 */
export const FACT_STATUSES = ['active', 'pending', 'retracted', 'rejected'] as const;

export type FactStatus = (typeof FACT_STATUSES)[number];

/** A fact as read for people: the claim, the verbatim quote it rests on, its source and entity names. */
export interface CitedFact {
  id: string;
  statement: string;
  quote: string;
  period: Period;
  entities: string[];
  status: FactStatus;
  source: SourceCitation;
  /** False when the source has no stored text, so nobody checked that the quote is in it; renderers say so. */
  quoteChecked: boolean;
}

/** A fact in the interchange form (seed files, export, import): public ids, entity names. */
export interface FactRecord {
  id: string;
  statement: string;
  quote: string;
  source: string;
  period: Period;
  entities: string[];
  status: FactStatus;
}

/**
 * What a suggestion proposes to create. It is kept on the pending fact, invisible to every read,
 * and created only when a moderator approves the suggestion.
 */
export interface Proposal {
  source: NewSource | null;
  entities: NewEntity[];
}

/**
 * A fact's editable content. A new source or new entities are created in the same transaction when
 * the fact is live; while it is pending they stay a proposal on the fact.
 */
export interface FactContent {
  statement: string;
  quote: string;
  source: { id: number } | { create: NewSource };
  periodStart: string | null;
  periodEnd: string | null;
  /** Row ids of existing entities. */
  entityIds: number[];
  newEntities: NewEntity[];
}

/** A fact as stored: its content, status and version. */
export interface StoredFact {
  content: FactContent;
  status: FactStatus;
  version: number;
}

/** A fact's state at one version, as kept in its revision history. */
export interface FactSnapshot {
  statement: string;
  quote: string;
  /** Null while a suggestion cites a source it proposes (see `proposal`). */
  sourceId: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: FactStatus;
  entities: string[];
  /** What a pending suggestion proposes to create; absent in versions written before proposals existed. */
  proposal?: Proposal | null;
}

/** One version of a fact as its history shows it: what it was, who made it, from where, when and why. */
export interface RevisionEntry {
  version: number;
  action: string;
  snapshot: FactSnapshot;
  changedBy: string;
  displayName: string | null;
  platform: string;
  workspaceId: string | null;
  channelId: string | null;
  reason: string | null;
  changedAt: string;
}
