import type { FactView } from '../reply';
import { toStem, toWords } from './tokens';

/** The text of a candidate that relevance weighs, field by field, as words (toWords). */
export interface RelevanceFields {
  statement: string;
  quote: string;
  /** Every name, alias and demonym of the fact's entities. */
  entities: string;
}

/** A fact's fields as the index holds them: its entities by every name, alias and demonym (search keys by entity). */
export function relevanceFields(fact: FactView, entityNames: ReadonlyMap<string, readonly string[]>): RelevanceFields {
  return { statement: fact.statement, quote: fact.quote, entities: fact.entities.flatMap((entity) => entityNames.get(entity) ?? [entity]).join(' ; ') };
}

/** How common a word is across the base: the document frequencies BM25's IDF is read from. */
export interface WordRarity {
  /** How many indexed facts hold the word (in any of its forms: the store counts stems). */
  factsWith(word: string): number;
  /** How many facts the base holds. */
  total: number;
}

// The weights SQLite's FTS5 ranked with: a hit in the plain-words statement counts most, then the
// entity names and aliases the fact is tagged with, then the verbatim quote.
const FIELD_WEIGHTS = { statement: 4, quote: 1.5, entities: 3 } as const;
const FIELDS = Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[];
// How fast repeats saturate (BM25's usual value), and how much length counts: less than BM25's
// usual 0.75, because most of a fact's length is its entities' aliases, which grow with how many
// entities it is tagged with, not with how much it says beside the asked words.
const K1 = 1.2;
const B = 0.25;
// A phrase in more than half the base still counts a little, as in FTS5.
const MIN_IDF = 1e-6;

const stemsOf = (text: string): string[] => toWords(text).map(toStem);

function occurrences(stems: readonly string[], phrase: readonly string[]): number {
  let found = 0;
  for (let at = 0; at + phrase.length <= stems.length; at++) if (phrase.every((stem, i) => stems[at + i] === stem)) found++;
  return found;
}

// A phrase is at most as common as its rarest word: that word's count stands for the phrase's.
function idfOf(words: readonly string[], rarity: WordRarity): number {
  const holding = Math.min(...words.map((word) => rarity.factsWith(word)));
  return Math.max(MIN_IDF, Math.log((rarity.total - holding + 0.5) / (holding + 0.5)));
}

/**
 * How well each candidate's own text matches the asked phrases, by BM25 over its fields (weighted
 * as above), with IDF from the base's word counts and length relative to the candidates' average;
 * scaled so the best candidate has 1 and one holding no phrase 0. Computed from the text and the
 * counts alone, it is the same on every store, whatever rank the store's own index gives.
 */
export function scoreRelevance(phrases: readonly string[], candidates: readonly RelevanceFields[], rarity: WordRarity): number[] {
  const asked = [...new Map(phrases.map((text) => [stemsOf(text).join(' '), text] as const)).entries()]
    .filter(([stems]) => stems !== '')
    .map(([stems, text]) => ({ stems: stems.split(' '), idf: idfOf(toWords(text), rarity) }));
  const texts = candidates.map((candidate) => FIELDS.map((field) => stemsOf(candidate[field])));
  const lengths = texts.map((fields) => fields.reduce((sum, stems) => sum + stems.length, 0));
  const averageLength = Math.max(1, lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length));
  const scores = texts.map((fields, at) =>
    asked.reduce((sum, { stems, idf }) => {
      const frequency = fields.reduce((weighted, fieldStems, f) => weighted + FIELD_WEIGHTS[FIELDS[f]!] * occurrences(fieldStems, stems), 0);
      return sum + (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * lengths[at]!) / averageLength));
    }, 0),
  );
  const best = Math.max(0, ...scores);
  return scores.map((score) => (best > 0 ? score / best : 0));
}
