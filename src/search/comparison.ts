import type { EntityMention } from './entity-resolver';
import type { Query } from './query';
import { toKey } from './tokens';

/** How many times the words say one of the names, an overlap of two names ("the Taliban", "Taliban") once. */
function timesSaid(words: readonly string[], names: readonly string[]): number {
  const spans = names.flatMap((name) => {
    const nameWords = name.split(' ');
    return words.flatMap((_, at) => (nameWords.every((word, i) => words[at + i] === word) ? [[at, at + nameWords.length] as const] : []));
  });
  let times = 0;
  let end = -1;
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    if (from >= end) times++;
    end = Math.max(end, to);
  }
  return times;
}

/** The two sides of a comparison question, and the entities both sides share. */
export interface ComparisonSides {
  sides: [EntityMention, EntityMention];
  shared: EntityMention[];
}

// "which is longer, … or …", "which border is longer, … or …": a comparative, then the two sides.
const COMPARING =
  /\b(?:vs\.?|versus|compare[ds]?|comparing|agree|disagree|differ|each|both)\b|\bwhich\b[^?]{0,60}?\b(?:is|are|was|were|has|had|have)\s+(?:more|less|fewer|\w+er)\b.*\bor\b/i;
const AGENT_OR_PLACE: Readonly<Record<string, string>> = {
  person: 'agent',
  organisation: 'agent',
  group: 'agent',
  country: 'place',
  region: 'place',
  place: 'place',
};

// Words that only say the question compares: no side's fact need contain them.
const COMPARING_WORDS = new Set(['vs', 'versus', 'compare', 'compared', 'compares', 'comparing', 'agree', 'disagree', 'differ', 'each', 'both']);

const kept = (word: string): boolean => !COMPARING_WORDS.has(word);

/** The question without the words that only say it compares ("vs", "compare"). */
export function withoutComparingWords(query: Query): Query {
  return { ...query, terms: query.terms.filter(kept), required: query.required.filter(kept) };
}

/** The question as one side is judged: its entities narrowed to that side, its comparing words dropped. */
export function sideQuery(query: Query, side: EntityMention, shared: readonly EntityMention[]): Query {
  return { ...withoutComparingWords(query), entities: [side, ...shared] };
}

const VERSUS = /\b(?:vs\.?|versus)(?=\s)/i;

/**
 * "Taliban vs China on the TIP threat": the names just either side of "vs" are what is weighed,
 * whatever their kinds; the rest (the TIP) is what both speak of.
 */
function sidesAroundVersus(text: string, mentions: readonly EntityMention[]): [EntityMention, EntityMention] | undefined {
  const versus = VERSUS.exec(text);
  if (!versus) return undefined;
  const lower = text.toLowerCase();
  const placed = mentions.map((mention) => ({ mention, at: lower.indexOf(mention.said.toLowerCase()) })).filter(({ at }) => at >= 0);
  const before = placed.filter(({ at }) => at < versus.index).sort((a, b) => b.at - a.at)[0];
  const after = placed.filter(({ at }) => at > versus.index).sort((a, b) => a.at - b.at)[0];
  return before && after ? [before.mention, after.mention] : undefined;
}

/**
 * Reads a question that weighs two things ("Kiani vs Nishat", "do Kiani and Nishat agree",
 * "Tajikistan's border … or China's?") into its two sides: the possessives when two are said,
 * otherwise the first two named entities of one kind. Other entities are shared by both sides.
 */
export function findComparison(
  query: Query,
  kindOf: (entity: string) => string | undefined,
  namesOf: (entity: string) => readonly string[],
): ComparisonSides | null {
  if (!COMPARING.test(query.text) || query.entities.length < 2) return null;
  const possessive = query.entities.filter((m) => new RegExp(`\\b${m.said.replace(/\s+/g, '\\W+')}['’]s\\b`, 'i').test(query.text));
  const sameKind = (a: EntityMention, b: EntityMention): boolean =>
    AGENT_OR_PLACE[kindOf(a.entity) ?? ''] !== undefined && AGENT_OR_PLACE[kindOf(a.entity) ?? ''] === AGENT_OR_PLACE[kindOf(b.entity) ?? ''];
  // "The Pak-Afghan and Tajik-Afghan borders", "the Tajik-Afghan border or China's border with
  // Afghanistan": an entity said on both sides, by any of its names, is what they share.
  const questionWords = toKey(query.text).split(' ');
  const saidTwice = (m: EntityMention): boolean => timesSaid(questionWords, namesOf(m.entity)) > 1;
  const candidates = possessive.length === 2 ? possessive : query.entities.filter((m) => !saidTwice(m));
  const around = sidesAroundVersus(query.text, candidates);
  if (around) return { sides: around, shared: query.entities.filter((m) => m !== around[0] && m !== around[1]) };
  for (let i = 0; i < candidates.length; i++) {
    const other = candidates.slice(i + 1).find((b) => sameKind(candidates[i]!, b));
    if (!other) continue;
    const sides: [EntityMention, EntityMention] = [candidates[i]!, other];
    return { sides, shared: query.entities.filter((m) => m !== sides[0] && m !== sides[1]) };
  }
  return null;
}
