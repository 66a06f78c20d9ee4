import type { FoundPassage, MatchExpression, Stores } from '../../db/store';
import type { Passage } from '../domain/passages';
import { anyWord } from '../search/match-expression';

/** Sources' stored texts and the search over their passages. */
type Documents = Pick<Stores, 'sources' | 'search'>;

/** How many query words and FTS candidates a search looks at, so hostile input costs little. */
const MAX_TERMS = 24;
const MAX_CANDIDATES = 30;

/** The distinct lower-cased words (letters and digits) of a text. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** An expression matching any of the text's words (of three letters or more), or undefined when it has none. */
export function toAnyWordQuery(text: string): MatchExpression | undefined {
  const terms = wordsOf(text)
    .filter((word) => word.length > 2)
    .slice(0, MAX_TERMS);
  return terms.length ? anyWord(terms) : undefined;
}

/** Dice similarity of two texts' word sets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  const left = new Set(wordsOf(a));
  const right = wordsOf(b);
  if (left.size === 0 || right.length === 0) return 0;
  const shared = right.filter((word) => left.has(word)).length;
  return (2 * shared) / (left.size + right.length);
}

/** Candidate passages for a text, best FTS match first (of one source when given). */
export async function findCandidatePassages(documents: Documents, text: string, sourceId: number | null): Promise<FoundPassage[]> {
  const query = toAnyWordQuery(text);
  return query ? await documents.search.passages(query, MAX_CANDIDATES, sourceId) : [];
}

/** The passage of the source's text most like `quote`, or undefined when none shares a word. */
export async function findClosestPassage(documents: Documents, sourceId: number, quote: string): Promise<Passage | undefined> {
  let best: { passage: Passage; score: number } | undefined;
  for (const passage of await findCandidatePassages(documents, quote, sourceId)) {
    const score = wordSimilarity(quote, passage.text);
    if (!best || score > best.score) best = { passage, score };
  }
  return best?.passage;
}
