import type { FactSnapshot, RevisionEntry } from '../../db/revision-log';

const FIELD_NAMES: Record<keyof FactSnapshot, string> = {
  statement: 'statement',
  quote: 'quote',
  sourceId: 'source',
  periodStart: 'period start',
  periodEnd: 'period end',
  status: 'status',
  entities: 'entities',
};

/** The fields that differ between two versions of a fact. */
export function changedFields(before: FactSnapshot, after: FactSnapshot): string[] {
  return (Object.keys(FIELD_NAMES) as (keyof FactSnapshot)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => FIELD_NAMES[field]);
}

/** One line per version: number, what happened, who, from where, when, why, what changed. */
export function describeHistory(entries: readonly RevisionEntry[]): string[] {
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    const changed = previous ? changedFields(previous.snapshot, entry.snapshot) : [];
    const parts = [
      `v${entry.version} ${entry.action}`,
      `by ${entry.changedBy} on ${entry.platform}`,
      entry.changedAt.slice(0, 16).replace('T', ' '),
      entry.reason ? `why: ${entry.reason}` : null,
      changed.length ? `changed: ${changed.join(', ')}` : null,
    ];
    return parts.filter(Boolean).join(' · ');
  });
}
