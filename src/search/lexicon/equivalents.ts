import { toKey, toStem } from '../tokens';
import { spellingVariants } from '../word-forms';
import { domainEquivalents } from './domain-groups';
import { relatedWords } from './wordnet';

/** Other words for a question's word: its `spellings`, briefing equivalents (`same`), WordNet's (`near`). */
export interface Equivalents {
  term: string;
  spellings: readonly string[];
  same: readonly string[];
  near: readonly string[];
  /** The three lists as stems and phrases, worked out once so judging a fact costs only lookups. */
  matchers: readonly [Matcher, Matcher, Matcher];
}

interface Matcher {
  stems: ReadonlySet<string>;
  phrases: readonly string[];
}

function toMatcher(words: readonly string[]): Matcher {
  return { stems: new Set(words.filter((w) => !w.includes(' ')).map(toStem)), phrases: words.filter((w) => w.includes(' ')).map((w) => ` ${w} `) };
}

const cache = new Map<string, Equivalents>();
const MAX_CACHED = 20_000;

/** A word's spellings and briefing equivalents, or else its WordNet synonyms and derived forms. Cached. */
export function equivalentsOf(term: string): Equivalents {
  let found = cache.get(term);
  if (found) return found;
  const spellings = [...new Set(spellingVariants(term).map(toKey).filter(Boolean))];
  const spellingStems = new Set(spellings.map(toStem));
  // A briefing word means what its group says; WordNet's other senses ("x" the numeral ten, "strike"
  // the walkout) are not what an analyst asks.
  const briefing = domainEquivalents(term);
  const same = [...new Set(briefing.map(toKey))].filter((word) => word && !spellingStems.has(toStem(word)));
  const sameStems = new Set([...spellingStems, ...same.map(toStem)]);
  const near = [...new Set((briefing.length > 0 ? [] : relatedWords(term)).map(toKey))].filter((word) => word && !sameStems.has(toStem(word)));
  found = { term, spellings, same, near, matchers: [toMatcher(spellings), toMatcher(same), toMatcher(near)] };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(term, found);
  return found;
}

/** A fact's words as the matcher compares them: stems, and the padded key for phrases. */
export interface FactWords {
  stems: ReadonlySet<string>;
  key: string;
}

// "According to" only attributes a claim, but its stem is that of "accord", WordNet's word for a
// treaty: the attribution is no word of the claim.
const ATTRIBUTING = new Set(['according']);

/** Builds the comparison form of a text once per fact. */
export function toFactWords(text: string): FactWords {
  const key = toKey(text);
  return {
    stems: new Set(
      key
        .split(' ')
        .filter((word) => !ATTRIBUTING.has(word))
        .map(toStem),
    ),
    key: ` ${key} `,
  };
}

/** Two texts' comparison forms as one, as if the texts were joined by a space; nothing is worked out twice. */
export function joinFactWords(first: FactWords, second: FactWords): FactWords {
  return { stems: new Set([...first.stems, ...second.stems]), key: `${first.key}${second.key.slice(1)}` };
}

function matches(words: FactWords, matcher: Matcher): boolean {
  for (const stem of matcher.stems) if (words.stems.has(stem)) return true;
  return matcher.phrases.some((phrase) => words.key.includes(phrase));
}

const CREDITS = [1, 0.7, 0.5] as const;

/**
 * Credit for a question word in a fact: 1 for the word itself, 0.7 for a briefing equivalent,
 * 0.5 for a WordNet relative, else 0. The word as asked beats a stand-in for it by more than a
 * fact's other merits (being shorter, opening with the asked place) do: "militants crossed" is
 * answered by the fact that says they crossed before the one that says they infiltrated.
 */
export function creditIn(equivalents: Equivalents, words: FactWords): number {
  const at = equivalents.matchers.findIndex((matcher) => matches(words, matcher));
  return at < 0 ? 0 : CREDITS[at as 0 | 1 | 2];
}
