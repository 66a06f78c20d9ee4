import { baseForms, isIrregularVerbForm } from './lexicon/wordnet';

/**
 * What kind of figure a question asks for, and whether a fact states one. A fact that states the
 * asked figure ranks above one that only mentions the topic.
 */
export type Metric = 'length' | 'fatalities' | 'count' | 'percent';

const NUMBER_WORD = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|doubled)';

const FIGURE_PATTERNS: Record<Metric, RegExp> = {
  length: /\d[\d,.]*\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?)\b/i,
  fatalities: new RegExp(
    `${NUMBER_WORD}\\s+(?:[\\w’'-]+\\s+){0,4}?(?:killed|dead|deaths|fatalities|lives|casualties)|(?:killed|killing|claimed)\\s+(?:[\\w’'-]+\\s+){0,2}?${NUMBER_WORD}\\b`,
    'i',
  ),
  count: new RegExp(`\\b${NUMBER_WORD}\\b`, 'i'),
  percent: /\d+(?:\.\d+)?\s*(?:%|percent|per cent)/i,
};

// Words that ask for a figure; those marked `only` ask for it and name no topic of their own, so
// they are not required to appear in the fact's text.
const METRIC_WORDS: Readonly<Record<string, { metric: Metric; only: boolean }>> = {
  length: { metric: 'length', only: true },
  lengths: { metric: 'length', only: true },
  long: { metric: 'length', only: true },
  longer: { metric: 'length', only: true },
  shorter: { metric: 'length', only: true },
  km: { metric: 'length', only: true },
  kilometers: { metric: 'length', only: true },
  kilometres: { metric: 'length', only: true },
  miles: { metric: 'length', only: true },
  distance: { metric: 'length', only: true },
  distances: { metric: 'length', only: true },
  fatalities: { metric: 'fatalities', only: false },
  deaths: { metric: 'fatalities', only: false },
  killed: { metric: 'fatalities', only: false },
  dead: { metric: 'fatalities', only: false },
  casualties: { metric: 'fatalities', only: false },
  toll: { metric: 'fatalities', only: false },
  tolls: { metric: 'fatalities', only: false },
  // Facts say who was killed; "how many died" asks the same figure in other words.
  died: { metric: 'fatalities', only: true },
  die: { metric: 'fatalities', only: true },
  number: { metric: 'count', only: true },
  numbers: { metric: 'count', only: true },
  count: { metric: 'count', only: true },
  total: { metric: 'count', only: true },
  figure: { metric: 'count', only: true },
  figures: { metric: 'count', only: true },
  stats: { metric: 'count', only: true },
  statistics: { metric: 'count', only: true },
  percent: { metric: 'percent', only: false },
  percentage: { metric: 'percent', only: true },
};

// How exact an answer is wanted ("roughly how many", "a ballpark number", "from roughly what
// point"): it answers however its source hedges it, and the words ask for no figure of their own.
const HEDGES: ReadonlySet<string> = new Set(['roughly', 'rough', 'ballpark', 'approximate', 'estimate', 'estimates', 'estimated']);

/** Words that ask for a figure ("length", "fatalities"), for correcting their misspellings. */
export const FIGURE_WORDS: readonly string[] = Object.keys(METRIC_WORDS);

/** "How long after the drone strike": the time between two events, a date question, not a length. */
export const TIME_BETWEEN = /\bhow\s+long\s+(?:after|before|ago|since|until|till)\b/i;

/** "When did the Darvoz shooting happen relative to the drone strike": a date asked against another event. */
export const RELATIVE_TO = /\b(?:relative|in\s+relation)\s+to\b/i;

/** The time between two events a statement gives: "four days after the Khatlon drone attack", "two weeks later". */
export const STATED_INTERVAL =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b/i;

/** The figures a question asks for, and which of its words only served to ask for them (or to hedge them). */
export function detectMetrics(question: string, words: readonly string[]): { metrics: Metric[]; metricOnlyWords: Set<string> } {
  const metrics = new Set<Metric>();
  const metricOnlyWords = new Set<string>();
  if (/\bhow\s+many\b/i.test(question)) metrics.add('count');
  // "% change", "by what %": the sign is no word, so it is read here.
  if (question.includes('%')) metrics.add('percent');
  // "How much did deaths go up": a change, given as a percentage.
  if (/\bhow\s+much\b.*\b(?:up|rise|rose|risen|increase[ds]?|grow|grew|grown|fall|fell|drop(?:ped)?|decline[ds]?)\b/i.test(question)) metrics.add('percent');
  const timeBetween = TIME_BETWEEN.test(question);
  if (timeBetween) metricOnlyWords.add('long');
  else if (/\bhow\s+long\b/i.test(question)) {
    metrics.add('length');
    metricOnlyWords.add('long');
  }
  for (const word of words) {
    if (HEDGES.has(word)) metricOnlyWords.add(word);
    const meaning = METRIC_WORDS[word];
    if (!meaning || (timeBetween && meaning.metric === 'length')) continue;
    metrics.add(meaning.metric);
    if (meaning.only) metricOnlyWords.add(word);
  }
  return { metrics: [...metrics], metricOnlyWords };
}

// Dates are not figures: "January 19, 2026" states no count.
const DATES =
  /\b(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b|\b(?:19|20)\d{2}(?:-\d{2}){0,2}\b/gi;

/** Whether the text states a figure of this kind. */
export function statesFigure(text: string, metric: Metric): boolean {
  return FIGURE_PATTERNS[metric].test(text.replace(DATES, ' '));
}

/** The figures of this kind a text states, as written ("1,357-kilometer"), for comparing sources. */
export function figuresIn(text: string, metric: Metric): string[] {
  const global = new RegExp(FIGURE_PATTERNS[metric].source, 'gi');
  return [...text.replace(DATES, ' ').matchAll(global)].map((match) => (match[0].match(/\d[\d,.]*/)?.[0] ?? match[0]).replace(/[,.]$/, ''));
}

// The counted noun ends where a verb, a preposition or the next noun phrase ("the") begins.
const AUXILIARY =
  /^(?:were|was|are|is|did|do|does|has|have|had|will|would|can|could|been|be|in|on|at|near|from|of|per|across|along|since|during|with|for|against|by|into|to|the|a|an|this|that|its|their)$/;

/** The noun "how many" asks to count ("how many Chinese workers were wounded" → "workers"), if any. */
export function countedNoun(question: string, words: readonly string[]): string | undefined {
  const at = /\bhow\s+many\b/i.test(question) ? words.findIndex((word, i) => word === 'many' && words[i - 1] === 'how') : -1;
  if (at < 0) return undefined;
  let noun: string | undefined;
  for (const word of words.slice(at + 1, at + 6)) {
    // "how many arrests followed …", "how many Chinese lost their lives": a past-tense verb ends the noun phrase too.
    if (AUXILIARY.test(word) || (noun && (word.endsWith('ed') || isIrregularVerbForm(word)))) break;
    noun = word;
  }
  return noun === undefined || NO_THING_COUNTED.has(noun) || METRIC_WORDS[noun]?.metric === 'length' ? undefined : noun;
}

// "How many km" asks a length, which a fact states in its own unit: a unit is no thing counted.
// "How many people", "how many armed guys": persons of any kind, whom a fact counts by what they are
// ("three militants"); "how many times": occurrences.
const NO_THING_COUNTED = new Set(['people', 'persons', 'men', 'guys', 'individuals', 'times', 'occasions']);

const BE = /^(?:were|was|are|is|been|being|be|have|has|had|get|got)$/;

/**
 * What "how many" counts the thing as, when the question says it in a passive ("how many people
 * were injured", "how many madrassas were registered"): a count of the injured is not a count of
 * the dead, so an answer must say the same of them.
 */
export function countedPredicate(question: string, words: readonly string[]): string | undefined {
  const at = /\bhow\s+many\b/i.test(question) ? words.findIndex((word, i) => word === 'many' && words[i - 1] === 'how') : -1;
  if (at < 0) return undefined;
  const be = words.slice(at + 1, at + 6).findIndex((word) => BE.test(word));
  if (be < 0) return undefined;
  let next = at + 2 + be;
  while (next < words.length && BE.test(words[next]!)) next++;
  const word = words[next];
  return word !== undefined && baseForms(word, 'verb').length > 0 ? word : undefined;
}

// "Two Tajik border guards dead", "killing two Chinese workers": a count of the dead or hurt.
const HARMED_AFTER = /^(?:dead|killed|died|wounded|injured|hurt)$/;
const HARMING_BEFORE = /^(?:killing|killed|wounding|wounded|claimed|left)$/;

/**
 * Whether the text gives a number of the counted thing: "three heavily armed militants",
 * "hundreds of attacks", or "the number of madrassas … approximately 23,000". With `besidesHarmed`,
 * a count of the dead or hurt ("two border guards dead") is no count of how many there are.
 */
export function countsOf(text: string, nounStems: ReadonlySet<string>, toStem: (word: string) => string, besidesHarmed = false): boolean {
  const words = text
    .replace(DATES, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N},.]+/u)
    .map((word) => word.replace(/[.,]+$/, ''))
    .filter(Boolean);
  const number = new RegExp(`^${NUMBER_WORD}$`, 'i');
  const isNoun = (word: string): boolean => nounStems.has(toStem(word));
  // "three heavily armed militants": a two-word name of the thing counts as it.
  const isNounPhrase = (word: string, next: string | undefined): boolean => next !== undefined && nounStems.has(`${toStem(word)} ${toStem(next)}`);
  const harmed = (i: number, nounAt: number): boolean =>
    words.slice(Math.max(0, i - 2), i).some((word) => HARMING_BEFORE.test(word)) || words.slice(nounAt + 1, nounAt + 4).some((word) => HARMED_AFTER.test(word));
  const numbered = words.some(
    (word, i) =>
      number.test(word) &&
      words.slice(i + 1, i + 5).some((after, j) => (isNoun(after) || isNounPhrase(after, words[i + 2 + j])) && !(besidesHarmed && harmed(i, i + 1 + j))),
  );
  return (
    numbered || (words.some((word, i) => word === 'number' && words[i + 1] === 'of' && isNoun(words[i + 2] ?? '')) && words.some((word) => number.test(word)))
  );
}
