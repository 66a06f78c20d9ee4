import type { BaseStats } from '../../db/store';
import type { CommandReply } from '../reply';
import { type ReaderStats, describeReaderStats } from './stats-readers';
import { countOf } from './wording';

function describeLastChange(change: BaseStats['lastChange']): string {
  if (!change) return 'Last change: none recorded.';
  const at = `${change.at.slice(0, 16).replace('T', ' ')} UTC`;
  // The seed import is done by the seed data itself: "import seed data by seed data (seed)" says nothing twice.
  if (change.platform === 'seed') return `Last change: ${at}, the base was seeded from the source documents.`;
  return `Last change: ${at}, ${change.command}${change.target ? ` ${change.target}` : ''} by ${change.by} (${change.platform}).`;
}

/** The size of the fact base in a few lines, with when and how it last changed, then what readers did. */
export function toStatsReply(stats: BaseStats, readers: ReaderStats): CommandReply {
  const { facts, sources } = stats;
  const items = [
    `Facts: ${facts.active.toLocaleString('en')} active, ${facts.pending.toLocaleString('en')} pending, ${facts.retracted.toLocaleString('en')} retracted, ${facts.rejected.toLocaleString('en')} rejected.`,
    `Sources: ${countOf(sources.active + sources.retracted, 'source')} (${sources.furtherReading.toLocaleString('en')} further reading, cited by no active fact; ${sources.retracted.toLocaleString('en')} retracted).`,
    `Entities: ${stats.entities.toLocaleString('en')}, with ${countOf(stats.aliases, 'other name')} and ${countOf(stats.demonyms, 'demonym')}.`,
    `Pending suggestions: ${facts.pending.toLocaleString('en')}${facts.pending ? ' (/review list)' : ''}.`,
    describeLastChange(stats.lastChange),
    ...describeReaderStats(readers),
  ];
  return { visibility: 'private', title: 'Fact base', blocks: [{ kind: 'list', items }], data: { ...stats, readers } };
}
