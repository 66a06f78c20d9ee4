// Ids are at most nine digits (src/fields.ts factId), so a prefix extends by at most that many.
const MAX_ID_DIGITS = 9;
const MAX_WORDS = 4;
// A one- or two-letter prefix expands to much of the vocabulary; a whole word does not.
const MIN_PREFIX = 3;

/** One word typed into a fact-id completion, and whether it is matched as a prefix (the last, if long enough). */
export interface TypedWord {
  word: string;
  prefix: boolean;
}

/** The first words typed (letters and digits only), the last one a prefix when it is long enough. */
export function toTypedWords(typed: string): TypedWord[] {
  const words = (typed.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  const last = words.length - 1;
  return words.map((word, index) => ({ word, prefix: index === last && word.length >= MIN_PREFIX }));
}

/**
 * The id ranges whose ids start with `digits`, shortest ids first (F1 → 1, 10–19, 100–199 …), each
 * an index range; none for digits that no id starts with (0's ranges would offer every short id).
 */
export function toIdPrefixRanges(digits: string): [number, number][] {
  if (!/^[1-9]\d*$/.test(digits)) return [];
  const start = Number(digits);
  const ranges: [number, number][] = [];
  for (let extra = 0; digits.length + extra <= MAX_ID_DIGITS; extra++) {
    const scale = 10 ** extra;
    ranges.push([start * scale, start * scale + scale - 1]);
  }
  return ranges;
}
