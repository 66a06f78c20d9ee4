import type { FactView } from '../reply';
import { isMainlyNoun, isPersonNoun } from './lexicon/wordnet';
import { type Metric, TIME_BETWEEN, statesFigure } from './metrics';
import { STOP_WORDS } from './stop-words';
import { toKey } from './tokens';

/**
 * The kind of answer a question asks for. "Who" wants a fact naming a person or organisation,
 * "when" a dated fact, "since when" the date something began, "where" a place, "how many / how much / how long" a figure of that kind.
 * A fact that only mentions the topic is related, not the answer.
 */
export type AnswerKind = 'who' | 'when' | 'since' | 'where' | 'why' | 'figure' | 'name' | 'any';

// A question word asks only where a clause starts: "what happened when …" and "the province where …"
// use "when" and "where" as conjunctions.
const CLAUSE = String.raw`(?:^|[,;:?!.]\s*|\b(?:and|but|so|or|from|to|in|since|by)\s+)`;
const KIND_NOUNS = '(?:group|organi[sz]ation|person|people|militants?|charity|institute|foundation)';

// "Who was the Chinese national killed": which person that was, so a fact must name them; "a
// Chinese national" does not. Listed before "who", which matches at the same place.
const WHO_WAS_THE = /\bwho\s+(?:was|were|is|are)\s+the\s+([\p{L}\s’'-]{1,60}?)\s+(?:killed|wounded|injured|shot|arrested|kidnapped|abducted|detained)\b/iu;

// "Which neighbour has suffered most": a country next to the one named, a place.
const NEIGHBOUR = 'neighbou?rs?|neighbou?ring\\s+(?:country|countries|state|states)';
const ASKS_NEIGHBOUR = new RegExp(`\\b(?:which|what)\\s+(?:${NEIGHBOUR})\\b`, 'i');

// "On what grounds do the Taliban deny …": a reason asked in other words.
const ASKS_GROUNDS = /\b(?:on\s+what\s+(?:grounds|basis)|for\s+what\s+reasons?)\b/i;

/** The words of "on what grounds" that only ask for a reason. */
export function askedReasonWords(question: string): ReadonlySet<string> {
  const asked = ASKS_GROUNDS.exec(question);
  return new Set(asked ? toKey(asked[0]).split(' ').slice(-1) : []);
}

/** The words of "which neighbour" that only ask for a place, not a topic an answer must hold. */
export function askedNeighbourWords(question: string): ReadonlySet<string> {
  const asked = ASKS_NEIGHBOUR.exec(question);
  return new Set(asked ? toKey(asked[0]).split(' ').slice(1) : []);
}

const KIND_OPENINGS: readonly [RegExp, AnswerKind][] = [
  [WHO_WAS_THE, 'name'],
  [new RegExp(`${CLAUSE}(?:who|whom|whose)\\b|\\b(?:which|what)\\s+${KIND_NOUNS}\\b`, 'i'), 'who'],
  // Listed before "when", which matches at the same place: "since when" asks when something began.
  [/\b(?:since|from)\s+(?:when|what\s+(?:date|year|month))\b/i, 'since'],
  [
    new RegExp(`${CLAUSE}when\\b|\\b(?:what|which)\\s+(?:(?:exact|precise|specific|particular)\\s+)?(?:date|day|year|month)s?\\b|\\bhow\\s+soon\\b`, 'i'),
    'when',
  ],
  // Listed before the figures, which match at the same place.
  [TIME_BETWEEN, 'when'],
  // "Exact dates of the airstrikes": a fragment asking when.
  [/\b(?:exact|precise|specific)\s+(?:dates?|days?)\s+(?:of|for)\b/i, 'when'],
  [
    new RegExp(
      `${CLAUSE}where\\b|\\b(?:which|what)\\s+(?:(?!(?:the|a|an|its|their)\\s)[\\p{L}-]+\\s+)?(?:country|countries|province|provinces|district|districts|region|regions|city|cities|towns?|villages?|neighbou?rhoods?|place|places|locations?|${NEIGHBOUR})\\b|\\b(?:which|what)\\s+(?:part|area)s?\\s+(?:of|in)\\b`,
      'iu',
    ),
    'where',
  ],
  // "Pak airstrikes afg locations": a fragment asking where, by the noun it ends with.
  [/\b(?:locations?|whereabouts)\s*\??\s*$/i, 'where'],
  [
    new RegExp(
      `${CLAUSE}why\\b|\\b(?:for\\s+what\\s+reasons?|on\\s+what\\s+(?:grounds|basis))\\b|\\bwhat\\s+(?:caused|causes|drove|drives|motivated|motivates|prompted|prompts|triggered|triggers|sparked)\\b`,
      'i',
    ),
    'why',
  ],
  [/\bhow\s+(?:many|much|long|large|big|far)\b/i, 'figure'],
  // "What is the name of …", and the same asked as a fragment: "name of the restaurant bombed".
  [
    /\b(?:what\s+(?:is|was|were|are)\s+|(?:give|tell|list|show)\s+(?:me\s+|us\s+)?)(?:the\s+)?names?\s+of\b|^\s*(?:the\s+)?names?\s+of\b|\bwhat\s+(?:is|was)\s+[\w\s’']{1,40}\s+called\b/i,
    'name',
  ],
];

// "Which Taliban official", "what Chinese company": which or what, perhaps a describing word, a noun.
const WHICH_NOUN = /\b(?:which|what)\s+(?:([\p{L}-]+)\s+)?([\p{L}]+)/iu;

// Asking which person ("official", "commander", "spokesman") asks who, whatever the noun; "what
// did Arab News publish" asks no such thing (a question word, then a verb).
function asksWhichAgent(question: string): number {
  const match = WHICH_NOUN.exec(question);
  if (!match || (match[1] !== undefined && STOP_WORDS.has(match[1].toLowerCase()))) return Infinity;
  const noun = match[2]!.toLowerCase();
  return noun.length > 2 && !STOP_WORDS.has(noun) && isPersonNoun(noun) ? match.index : Infinity;
}

/**
 * The noun a "which" or "what" question asks one of ("which Chinese company", "which part of
 * Kabul"): an answer must name such a thing, however everyday the word. The kind nouns (group,
 * country, date …) are judged by the kind of answer instead.
 */
export function askedOneOf(question: string): string | undefined {
  const match = WHICH_NOUN.exec(question);
  if (!match) return undefined;
  const [first, second] = [match[1]?.toLowerCase(), match[2]!.toLowerCase()];
  // "which part of Kabul": one of a whole; "which way is it heading" asks how, not one of anything.
  if (first !== undefined && STOP_WORDS.has(second)) return second === 'of' ? askableNoun(first) : undefined;
  // "Which Chinese company": only a word WordNet reads as a noun (a demonym) may come between;
  // "what went hand in hand" has a verb there, and asks one of nothing.
  if (first !== undefined && (STOP_WORDS.has(first) || isMainlyNoun(first) !== true)) return undefined;
  // "Which company ran the camp": the noun comes first and a verb after it.
  return askableNoun(second) ?? (first !== undefined && isMainlyNoun(second) === false ? askableNoun(first) : undefined);
}

const askableNoun = (word: string): string | undefined =>
  word.length > 2 && !STOP_WORDS.has(word) && !KIND_WORDS.has(word) && !PLACE_NOUNS.has(word) && isMainlyNoun(word) === true ? word : undefined;

/** What kind of answer the question asks for, by its first question word (`any` when it does not say). */
export function detectAnswerKind(question: string): AnswerKind {
  let first: { at: number; kind: AnswerKind } = { at: Infinity, kind: 'any' };
  for (const [pattern, kind] of KIND_OPENINGS) {
    const at = pattern.exec(question)?.index ?? Infinity;
    if (at < first.at) first = { at, kind };
  }
  // The question words' own kinds come first: "what exact date" asks when, not which person.
  const agentAt = asksWhichAgent(question);
  return agentAt < first.at ? 'who' : first.kind;
}

const AGENT_KINDS = new Set(['person', 'group', 'organisation']);
const PLACE_KINDS = new Set(['country', 'region', 'place']);
/** Whether an entity kind is a place: a country, a region or a named place. */
export const isPlaceKind = (kind: string | undefined): boolean => PLACE_KINDS.has(kind ?? '');
// "Which district of Kabul", "what part of Tajikistan": a place inside the one the question names.
// The country around it ("in Kabul, Afghanistan") does not answer; a named place or region does.
// "Which Kabul neighbourhood" asks the same with the place before the noun.
const PLACE_PART = '(?:district|province|region|city|cities|town|village|part|area|neighbou?rhood)s?';
const PART_OF_PLACE = new RegExp(`\\b(?:which|what)\\s+(?:${PLACE_PART}\\s+(?:of|in)\\b|[\\p{L}-]+\\s+${PLACE_PART}\\b)`, 'iu');

/** The kinds of other entities that can answer a where-question: no country for "which district of …". */
export function answeringPlaceKinds(question: string, otherEntityKinds: readonly string[]): readonly string[] {
  return PART_OF_PLACE.test(question) ? otherEntityKinds.filter((kind) => kind !== 'country') : otherEntityKinds;
}
// "What exact day", "the precise dates": a day is asked, which a month or a year does not give.
const EXACT_DAY = /\b(?:exact|precise|specific)\s+(?:date|day)s?\b|\b(?:which|what)\s+day\b/i;
/** The months' names, as alternatives of a regular expression. */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const STATED_DAY = new RegExp(
  `\\b(?:${MONTH_NAMES})\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b`,
  'i',
);

/** Whether the question asks for the day something happened, not only when. */
export const asksExactDay = (question: string): boolean => EXACT_DAY.test(question);

/** Whether the statement gives a day of the month ("January 19, 2026", "19 January"). */
export const statesDay = (statement: string): boolean => STATED_DAY.test(statement);

// A date the statement itself gives: a year, a month, a day.
const STATED_DATE = new RegExp(`\\b(?:19|20)\\d{2}\\b|\\b(?:${MONTH_NAMES})\\b|\\b\\w+ days? (?:after|before|later)\\b`, 'i');
// That the date is when something began: "since the onset of 2021", "from 2023", "began in"; "from"
// before a place ("forces from Afghanistan") is no start.
const STATED_START =
  /\b(?:since|onset|began|begun|beginning|started|starting)\b|\bfrom\s+(?:(?:early|late|mid)\s+)?(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
// Where the statement says something happened, in words no entity carries.
const STATED_PLACE = /\b(?:near|in|from|into)\s+(?:the\s+)?(?:northern|southern|eastern|western|central)\b|\bnear\s+\p{Lu}/iu;

// A reason the statement gives: a causal link, the threat or fear that moves someone, or the
// evidence cited for a belief. A fact that only reports the event ("the number of madrassas has
// increased") does not say why.
const STATED_REASON =
  /\b(?:because|since|due to|owing to|as a result|in response to|in retaliation|reasons?|driven by|fuell?ed by|led to|leads? to|so that|in order to|threats?|risks?|concerns?|fears?|amid|as evidence|citing)\b/i;

/** What a fact carries that can answer each kind: its entities by kind, and its statement. */
export interface KindEvidence {
  fact: FactView;
  /** Kinds of the entities the fact names that the question did not ask about. */
  otherEntityKinds: readonly string[];
  /** Person nouns in the statement the question does not use ("gunmen", "founder"). */
  personNouns: readonly string[];
}

/** Whether a fact gives the kind of answer asked for; `metrics` are the figures asked. */
export function givesKind(kind: AnswerKind, evidence: KindEvidence, metrics: readonly Metric[]): boolean {
  const { fact } = evidence;
  switch (kind) {
    case 'who':
      return evidence.otherEntityKinds.some((k) => AGENT_KINDS.has(k)) || evidence.personNouns.length > 0;
    case 'when':
      return fact.period.start !== null && STATED_DATE.test(fact.statement);
    case 'since':
      return givesKind('when', evidence, metrics) && STATED_START.test(fact.statement);
    case 'where':
      return evidence.otherEntityKinds.some((k) => PLACE_KINDS.has(k)) || STATED_PLACE.test(fact.statement);
    case 'why':
      return STATED_REASON.test(fact.statement);
    case 'figure':
      return metrics.length === 0 ? statesFigure(fact.statement, 'count') : true;
    case 'name':
    case 'any':
      return true;
  }
}

/** The words of a question that only say what kind of answer is wanted ("what organisation"). */
export const KIND_WORDS: ReadonlySet<string> = new Set(
  toKey('who whom whose when where how soon date dates day days group organisation organization person country province district region city place').split(' '),
);

/**
 * Nouns for places that, in a where-question ("which Afghan cities did Pakistan hit"), only say a
 * place is asked. Elsewhere they are a topic: "what do the countries around Afghanistan make of …".
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'countries provinces districts regions cities town towns village villages places location locations whereabouts part parts area areas'.split(' '),
);

const NAME_OF = /\bnames?\s+of\s+(?:the\s+|a\s+|an\s+)?([\p{L}\s’'-]{1,60})/iu;

/**
 * The thing whose name is asked ("the name of the Chinese restaurant bombed" → "restaurant", "who
 * was the Chinese national killed" → "national"). A word of an entity name or a demonym, however
 * typed ("the chinese national"), describes the thing.
 */
export function namedNoun(question: string, isNoun: (word: string) => boolean, entityWords: ReadonlySet<string>): string | undefined {
  const words = (NAME_OF.exec(question) ?? WHO_WAS_THE.exec(question))?.[1]?.split(/\s+/) ?? [];
  return words.find((word) => /^\p{Ll}/u.test(word) && !entityWords.has(word) && isNoun(word))?.toLowerCase();
}

/**
 * Whether the statement gives the thing a proper name: a capitalised word just before it that no
 * entity or demonym accounts for ("the Golden Dragon restaurant", not "a Chinese restaurant").
 */
export function givesName(statement: string, noun: string, entityWords: ReadonlySet<string>): boolean {
  const said = statement.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  return said.some((word, at) => at > 1 && word.toLowerCase() === noun && /^\p{Lu}/u.test(said[at - 1]!) && !entityWords.has(said[at - 1]!.toLowerCase()));
}
