import type { FactView, SourceView } from '../reply';
import type { CoreServices } from '../services';
import { isDated } from './chronology';
import { describeGaps } from './coverage';
import { type DateRange, describeRange, isInRange, isLimited } from './date-range';
import { rankByImportance } from './importance';
import type { Subject } from './subject';
import { countOf } from './wording';

/** A short briefing note: key facts by importance, each citing a numbered source, and its limits. */
export interface Digest {
  topic: string;
  entity: string | null;
  range: DateRange;
  preparedOn: string;
  /** How many facts and sources the note draws on (the key facts are the most important of them). */
  restsOn: { facts: number; sources: number };
  keyFacts: { fact: FactView; cite: number }[];
  sources: { cite: number; source: SourceView }[];
  notCovered: string[];
}

const KEY_FACTS = 8;

async function subjectNames(services: CoreServices, subject: Subject): Promise<string[]> {
  if (!subject.entity) return [];
  const card = await services.base.entities.card(subject.entity.id);
  return card ? [card.name, ...card.aliases] : [subject.entity.name];
}

/**
 * Builds the briefing note on a subject. Without a range every fact counts, undated ones too; with
 * one, only dated facts inside it (an undated fact cannot show it belongs). Null when none does.
 */
export async function buildDigest(services: CoreServices, subject: Subject, range: DateRange): Promise<Digest | null> {
  const eligible = isLimited(range) ? subject.facts.filter((fact) => isDated(fact) && isInRange(fact, range)) : subject.facts;
  if (eligible.length === 0) return null;
  const key = rankByImportance(eligible, await subjectNames(services, subject)).slice(0, KEY_FACTS);
  const cites = new Map<string, { cite: number; source: SourceView }>();
  const keyFacts = (await services.base.facts.getMany(key.map((fact) => fact.rowId))).map((fact) => {
    if (!cites.has(fact.source.id)) cites.set(fact.source.id, { cite: cites.size + 1, source: fact.source });
    return { fact, cite: cites.get(fact.source.id)!.cite };
  });
  const undatedLeftOut = isLimited(range) ? subject.facts.filter((fact) => !isDated(fact)).length : 0;
  return {
    topic: subject.label,
    entity: subject.entity?.name ?? null,
    range,
    preparedOn: services.now().toISOString().slice(0, 10),
    restsOn: { facts: eligible.length, sources: new Set(eligible.map((fact) => fact.sourceRowId)).size },
    keyFacts,
    sources: [...cites.values()],
    notCovered: describeGaps(eligible.filter(isDated), range, undatedLeftOut),
  };
}

/** The note's heading: `Briefing note: Pakistan, from 2025`. */
export function describeDigestTitle(digest: Digest): string {
  return `Briefing note: ${digest.topic}${isLimited(digest.range) ? `, ${describeRange(digest.range)}` : ''}`;
}

/** How many facts the note rests on and how many of them it lists. */
export function describeBasis(digest: Digest): string {
  const basis = `It rests on ${countOf(digest.restsOn.facts, 'fact')} from ${countOf(digest.restsOn.sources, 'source')}`;
  const all = digest.keyFacts.length === digest.restsOn.facts;
  const listed = all ? 'listed by importance' : `the ${digest.keyFacts.length} most important are listed`;
  // The source list names only the sources of the listed facts; say so when that is fewer.
  const fewer = digest.sources.length < digest.restsOn.sources ? ` (they cite ${countOf(digest.sources.length, 'source')}, listed below)` : '';
  return `${basis}; ${listed}${fewer}, each with the number of its source.`;
}
