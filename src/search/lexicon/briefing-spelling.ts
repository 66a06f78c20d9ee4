import { DOMAIN_GROUPS } from './domain-groups';
import { wordCount, wordsStartingWith } from './everyday';

/**
 * Corrects a misspelt word ("lenght", "fatalaties", "attemps"): only a word English never uses
 * (absent from SUBTLEX) and the base does not hold is corrected, and only to a word at most two
 * edits away (one for short words), so real words are never changed. The briefing vocabulary is
 * tried first; then, unless a briefing word is one edit away, the English words SUBTLEX holds with
 * the same first two letters that are closer, commonest first, but only one the base holds or the
 * parse drops: a name the base lacks ("brookings") is never turned into a word that would find
 * something else.
 */
let vocabulary: readonly string[] | undefined;

function briefingWords(extra: readonly string[]): readonly string[] {
  vocabulary ??= [...new Set([...DOMAIN_GROUPS.flatMap((group) => group.words.filter((word) => !word.includes(' '))), ...extra])];
  return vocabulary;
}

// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping past `limit`.
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

// How many words of one question may be looked for among all English words (each a scan of the
// words two letters alike): a pasted list of misspellings costs no more than a few.
const ENGLISH_TRIES = 8;

/**
 * A corrector for the words of one question: each word's correction, or the word unchanged.
 * `extra` adds figure words to the briefing vocabulary; `dropped` are words the question's parse
 * drops ("happened"), which a misspelling may become although the base does not hold them.
 */
export function createSpellingCorrector(
  knownWord: (word: string) => boolean,
  extra: readonly string[],
  dropped: ReadonlySet<string> = new Set(),
): (word: string) => string {
  let englishTries = ENGLISH_TRIES;
  return (word) => {
    if (word.length < 5 || /\d/.test(word) || wordCount(word) > 0 || knownWord(word)) return word;
    const limit = word.length < 7 ? 1 : 2;
    let best = { word, distance: limit + 1 };
    for (const candidate of briefingWords(extra)) {
      if (candidate[0] !== word[0]) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance < best.distance) best = { word: candidate, distance };
    }
    // A briefing word one edit away is taken at once; one further away only if no English word is closer
    // ("resturant" is "restaurant", one edit, before the briefing's "restraint", two).
    if (best.distance <= 1 || englishTries <= 0) return best.word;
    englishTries--;
    const closer = best.distance - 1;
    const close = wordsStartingWith(word.slice(0, 2)).filter(
      (candidate) => Math.abs(candidate.word.length - word.length) <= closer && editDistance(word, candidate.word, closer) <= closer,
    );
    return close.find((candidate) => dropped.has(candidate.word) || knownWord(candidate.word))?.word ?? best.word;
  };
}
