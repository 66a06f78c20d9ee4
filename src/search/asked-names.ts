import type { CatalogueNames } from './catalogue-names';
import { isSlipOf } from './edit-distance';
import { groupsOf } from './lexicon/domain-groups';
import { wordCount } from './lexicon/everyday';
import { isMainlyNoun } from './lexicon/wordnet';
import type { AskResult } from './searcher';
import { STOP_WORDS } from './stop-words';
import { toKey, toStem, toWords } from './tokens';

// No one names an author further in than this; hostile text of thousands of words is cut here.
export const MAX_QUESTION_WORDS = 64;
/** The first words of a question, as typed, joined by spaces. */
export const firstWordsOf = (question: string): string => (question.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUESTION_WORDS).join(' ');

/** The names a question gives: author and publisher names (typos resolved), then words found in them. */
export function askedNames(question: string, result: AskResult, names: CatalogueNames, knownWord: (word: string) => boolean, partial: boolean) {
  const { mentions, rest } = names.resolver.resolve(question, knownWord);
  const resolved = new Set(mentions.flatMap((mention) => toWords(mention.said)));
  const fullNames = mentions.map((mention) => mention.entity);
  const entitiesAsNames = result.query.entities.filter((mention) => names.keys.has(toKey(mention.entity)));
  fullNames.push(...entitiesAsNames.map((mention) => mention.entity));
  const left = new Set(rest);
  const fullWords = [...new Set(fullNames.flatMap(toWords))].filter((word) => !STOP_WORDS.has(word));
  const partialWords = partial ? result.query.terms.filter((term) => left.has(term) && !fullWords.includes(term)) : [];
  // "Smith" alone stands for Peter Smith, but as loosely as a lone word found in a name.
  const saidAlone = mentions
    .map((mention) => toWords(mention.said))
    .filter((said) => said.length === 1)
    .map((said) => said[0]!);
  return { fullWords, partialWords, saidAlone, resolved, entitiesAsNames: new Set(entitiesAsNames.map((m) => m.entityId)) };
}

export type AskedNames = ReturnType<typeof askedNames>;

// Words neither the facts nor the catalogue hold. A slip in a name the resolver found anyway
// ("Barnet" beside "Rubin") is not one.
export async function unheldWordsOf(asked: AskedNames, result: AskResult, names: CatalogueNames): Promise<Set<string>> {
  const candidates = result.query.unknownTerms.slice(0, MAX_QUESTION_WORDS).filter((term) => !asked.resolved.has(term));
  const inCatalogue = await Promise.all(candidates.map((term) => names.store.hasCatalogueTerm(toStem(term))));
  const unheld = candidates.filter((term, at) => !inCatalogue[at] && !asked.fullWords.some((word) => isSlipOf(term, word)));
  return new Set(unheld);
}

// WordNet lacks it and people rarely say it: a name ("brookings"), however it is typed.
const RARE_IN_SPEECH = 500;
const isNoEnglishWord = (word: string): boolean => isMainlyNoun(word) === undefined && wordCount(word) < RARE_IN_SPEECH;

// Two unheld words side by side, one of them no English word at all ("antonio giustozzi"): a full
// name typed in lower case.
const unheldFullName = (words: readonly string[], at: number, unheld: ReadonlySet<string>): boolean => {
  const next = words[at + 1] ?? '';
  return unheld.has(words[at]!) && unheld.has(next) && (isMainlyNoun(words[at]!) === undefined || isMainlyNoun(next) === undefined);
};

// "What has John Smith written": an unheld word typed as a name (capitalised after the first
// word, or in capitals anywhere: "SIGAR reports"), next to a lone word of a name ("john smith"), or
// in an unheld full name names someone the catalogue does not have, so listing Peter Smith's work
// would be a wrong answer. An unheld topic word ("taking") is not.
export function namesSomeoneUnheld(question: string, unheld: ReadonlySet<string>, loneNameWords: ReadonlySet<string>): boolean {
  const typed = firstWordsOf(question).split(' ');
  const words = typed.map((word) => toWords(word).join(''));
  const typedAsName = (at: number): boolean =>
    (at > 0 && /^\p{Lu}/u.test(typed[at]!)) || /^\p{Lu}{2,}[\p{Lu}\d]*$/u.test(typed[at]!) || isNoEnglishWord(words[at]!);
  // A word of the briefing vocabulary ("Kiani paper purpose") is what is asked of the work, no name.
  const nameLike = (word: string): boolean => unheld.has(word) && groupsOf(word).length === 0;
  return words.some(
    (word, at) =>
      (nameLike(word) && (typedAsName(at) || loneNameWords.has(words[at - 1] ?? '') || loneNameWords.has(words[at + 1] ?? ''))) ||
      unheldFullName(words, at, unheld),
  );
}
