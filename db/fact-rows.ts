import type { CitedFact, FactSnapshot, FactStatus, RevisionEntry, StoredFact } from '../src/domain/fact';
import { toFactId } from '../src/domain/ids';
import { parseProposal } from './sqlite/proposal';
import { toSourceCitation } from './sqlite/source-row';

/**
 * A fact joined with its source as every store reads it for people, its list columns already
 * decoded: each engine hands these back in its own form (JSON text, arrays, 0/1, booleans).
 */
export interface FactViewRow {
  id: number;
  statement: string;
  quote: string;
  period_start: string | null;
  period_end: string | null;
  status: FactStatus;
  source_id: number | null;
  title: string | null;
  author: string | null;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  /** Entity names, in entity id order. */
  entities: string[];
  proposal: string | null;
  quote_checked: boolean;
}

// A suggestion citing a source it proposes shows that source, marked as not yet in the catalogue.
function toSource(row: FactViewRow): CitedFact['source'] {
  if (row.source_id !== null) {
    return toSourceCitation({ ...row, id: row.source_id, title: row.title! });
  }
  const proposed = parseProposal(row.proposal).source!;
  return {
    id: 'proposed',
    title: proposed.title,
    author: proposed.author,
    publisher: proposed.publisher,
    publishedOn: proposed.publishedOn,
    url: proposed.url,
  };
}

/** A fact as people see it. */
export function toCitedFact(row: FactViewRow): CitedFact {
  return {
    id: toFactId(row.id),
    statement: row.statement,
    quote: row.quote,
    period: { start: row.period_start, end: row.period_end },
    entities: row.entities,
    status: row.status,
    source: toSource(row),
    quoteChecked: row.quote_checked,
  };
}

/** A fact's row as a write reads it, with the ids of its linked entities. */
export interface StoredFactRow {
  status: FactStatus;
  version: number;
  statement: string;
  quote: string;
  source_id: number | null;
  period_start: string | null;
  period_end: string | null;
  proposal: string | null;
  entity_ids: number[];
}

/** A fact's content, status and version; a source it only proposes comes back as one to create. */
export function toStoredFact(row: StoredFactRow): StoredFact {
  const proposal = parseProposal(row.proposal);
  return {
    content: {
      statement: row.statement,
      quote: row.quote,
      source: row.source_id === null ? { create: proposal.source! } : { id: row.source_id },
      periodStart: row.period_start,
      periodEnd: row.period_end,
      entityIds: row.entity_ids,
      newEntities: proposal.entities,
    },
    status: row.status,
    version: row.version,
  };
}

/** A row of a fact's history, its time as ISO text. */
export interface RevisionRow {
  version: number;
  action: string;
  snapshot: string;
  changed_by: string;
  display_name: string | null;
  platform: string;
  workspace_id: string | null;
  channel_id: string | null;
  reason: string | null;
  changed_at: string;
}

/** One version of a fact as its history shows it. */
export function toRevisionEntry(row: RevisionRow): RevisionEntry {
  return {
    version: row.version,
    action: row.action,
    snapshot: JSON.parse(row.snapshot) as FactSnapshot,
    changedBy: row.changed_by,
    displayName: row.display_name,
    platform: row.platform,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    reason: row.reason,
    changedAt: row.changed_at,
  };
}
