import type { FactSnapshot, RevisionEntry } from '../domain/fact';
import { toSourceId } from '../domain/ids';

type Field = Exclude<keyof FactSnapshot, 'proposal'>;

const FIELD_NAMES: Record<Field, string> = {
  statement: 'statement',
  quote: 'quote',
  sourceId: 'source',
  periodStart: 'period start',
  periodEnd: 'period end',
  status: 'status',
  entities: 'entities',
};

function describeValue(snapshot: FactSnapshot, field: Field): string {
  if (field === 'sourceId') {
    const proposed = snapshot.proposal?.source;
    return snapshot.sourceId !== null ? toSourceId(snapshot.sourceId) : proposed ? `proposed “${proposed.title}”` : 'none';
  }
  if (field === 'entities') {
    const proposed = (snapshot.proposal?.entities ?? []).map((entity) => `${entity.name} (proposed)`);
    return [...snapshot.entities, ...proposed].join(', ') || 'none';
  }
  const value = snapshot[field];
  return value === null ? 'none' : `“${value}”`;
}

/** The fields that differ between two versions of a fact, each with its old and new value. */
export function describeChanges(before: FactSnapshot, after: FactSnapshot): string[] {
  return (Object.keys(FIELD_NAMES) as Field[])
    .filter((field) => describeValue(before, field) !== describeValue(after, field))
    .map((field) => `${FIELD_NAMES[field]}: ${describeValue(before, field)} → ${describeValue(after, field)}`);
}

/** Who made a version and from where: name and id, platform, workspace or server, channel. */
export function describeOrigin(entry: RevisionEntry): string {
  const who = entry.displayName ? `${entry.displayName} (${entry.changedBy})` : entry.changedBy;
  const where = [`on ${entry.platform}`, entry.workspaceId ? `workspace ${entry.workspaceId}` : null, entry.channelId ? `channel ${entry.channelId}` : null];
  return [`by ${who}`, ...where].filter(Boolean).join(' ');
}

/** One line per version: number, what happened, who, from where, when, why, each changed field from → to. */
export function describeHistory(entries: readonly RevisionEntry[]): string[] {
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    const parts = [
      `v${entry.version} ${entry.action}`,
      describeOrigin(entry),
      entry.changedAt.slice(0, 16).replace('T', ' '),
      entry.reason ? `why: ${entry.reason}` : null,
      ...(previous ? describeChanges(previous.snapshot, entry.snapshot) : []),
    ];
    return parts.filter(Boolean).join(' · ');
  });
}
