import { describePeriod } from '../format';
import type { Block, CommandReply } from '../reply';
import type { EntityProfile } from './entity-profile';
import { citeFact, countOf } from './wording';

function describeNames(profile: EntityProfile): string {
  const parts = [`${profile.name} (${profile.kind})`];
  if (profile.aliases.length) parts.push(`also called ${profile.aliases.join(', ')}`);
  if (profile.demonyms.length) parts.push(`named in questions as ${profile.demonyms.join(', ')}`);
  return `${parts.join('; ')}.`;
}

function describeCounts(profile: EntityProfile): string {
  return `${countOf(profile.facts, 'fact')} (${profile.datedFacts.toLocaleString('en')} dated) from ${countOf(profile.sources, 'source')}.`;
}

/** An entity profile as a reply: names, counts, latest facts, key figures and related entities, each sourced. */
export function toEntityProfileReply(profile: EntityProfile): CommandReply {
  const blocks: Block[] = [
    { kind: 'text', text: describeNames(profile) },
    { kind: 'text', text: describeCounts(profile) },
  ];
  if (profile.facts === 0) {
    blocks.push({ kind: 'notice', level: 'info', text: `No usable fact is tagged with ${profile.name} yet.` });
    return { visibility: 'private', title: profile.name, blocks, data: profile };
  }
  if (profile.latest.length) {
    blocks.push({ kind: 'text', text: 'Latest dated facts:' }, ...profile.latest.map((fact): Block => ({ kind: 'fact', fact })));
  }
  if (profile.keyFigures.length) {
    const items = profile.keyFigures.map(({ figure, metric, fact }) => {
      const period = describePeriod(fact.period);
      return `${figure} (${metric}): ${fact.statement}${period ? ` (${period})` : ''} — ${citeFact(fact)}`;
    });
    blocks.push({ kind: 'text', text: 'Key figures, as the sources state them:' }, { kind: 'list', items });
  }
  if (profile.related.length) {
    const items = profile.related.map(
      (companion) =>
        `${companion.name}: ${countOf(companion.facts, 'shared fact')} [${companion.sourceIds.slice(0, 3).join(', ')}${companion.sourceIds.length > 3 ? ', …' : ''}]`,
    );
    blocks.push({ kind: 'text', text: 'Appears most often with:' }, { kind: 'list', items });
  }
  return { visibility: 'private', title: profile.name, blocks, data: profile };
}
