import { askedOneOf } from './answer-kind';
import { wordCount } from './lexicon/everyday';
import { PARTICLES } from './lexicon/particles';
import { baseForms, isMainlyNoun, phrasalVerb } from './lexicon/wordnet';
import { countedPredicate } from './metrics';
import { toWords } from './tokens';

/** Below this share of the base's facts a noun is what a question is about, not its background. */
export const BACKGROUND_SHARE = 0.1;

// Words after which a word that can be a verb is one: "do they regard", "officials claim".
const BEFORE_VERB = new Set([
  'do',
  'does',
  'did',
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'not',
  'they',
  'we',
  'you',
  'i',
  'he',
  'she',
  'it',
]);

// "officials", "policymakers": a noun in the plural, or a plural WordNet lacks.
const isPluralNoun = (word: string): boolean => word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && isMainlyNoun(word) !== false;

/**
 * Whether the question uses the word as a verb: it can be one and follows an auxiliary, a pronoun
 * or a plural subject, or it makes a phrasal verb with the word after it ("rein in", "hit back").
 */
export function usedAsVerb(question: string, word: string): boolean {
  if (word.includes(' ') || baseForms(word, 'verb').length === 0) return false;
  const words = toWords(question);
  const at = words.indexOf(word);
  if (at < 0) return false;
  const next = words[at + 1];
  if (next !== undefined && PARTICLES.has(next) && phrasalVerb(word, next) !== undefined) return true;
  return at > 0 && words.slice(Math.max(0, at - 3), at).some((before) => BEFORE_VERB.has(before) || isPluralNoun(before));
}

/**
 * The question's rare words an answer must account for, every one: nouns and names (WordNet's
 * nouns, or words it lacks) that fewer than a tenth of the base's facts hold. A describing word,
 * a verb ("how do they regard"), or a noun the whole base is about may go unsaid; "Tony Blair's
 * view" answered with Nishat's view may not. What "how many" counts the thing as ("were injured")
 * is decisive too.
 */
export function decisiveWords(question: string, required: readonly string[], factsWith: (word: string) => number, totalFacts: number): Set<string> {
  const predicate = countedPredicate(question, toWords(question));
  return new Set(
    required.filter(
      (word) =>
        word === predicate ||
        word === askedOneOf(question) ||
        (isMainlyNoun(word) !== false && !usedAsVerb(question, word) && factsWith(word) < BACKGROUND_SHARE * totalFacts),
    ),
  );
}

/** Words WordNet does not know that are rare in speech too: names, codes, jargon ("GDP"). */
const UNKNOWN_NAME_COUNT = 500;

/**
 * Whether a word the base never holds names a thing the base lacks. Never when the question uses
 * it as a verb ("how do they regard", "what does Kiani tie it to", "rein in"); otherwise when
 * WordNet can read it as a noun ("what project"), a gerund ("keeping them in check") only when its
 * noun uses outnumber its others; or when WordNet lacks it and it is rare in speech too (a name).
 */
export function namesThing(word: string, question: string): boolean {
  if (usedAsVerb(question, word)) return false;
  if (!word.endsWith('ing') && baseForms(word, 'noun').length > 0) return true;
  return isMainlyNoun(word) ?? wordCount(word) < UNKNOWN_NAME_COUNT;
}
