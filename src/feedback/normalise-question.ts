/** The longest question text a gap keeps; longer ones are cut at a word where possible. */
export const MAX_GAP_LENGTH = 300;

// Punctuation and symbols at either end ("?", "…", quotes) do not change what was asked.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * A question as a gap keeps it, so the same question typed differently counts once: lower case,
 * whitespace collapsed, punctuation stripped at the ends, at most MAX_GAP_LENGTH characters.
 * Empty when nothing is left.
 */
export function normaliseQuestion(question: string): string {
  const plain = question.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(EDGE_PUNCTUATION, '');
  if (plain.length <= MAX_GAP_LENGTH) return plain;
  const cut = plain.slice(0, MAX_GAP_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > MAX_GAP_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(EDGE_PUNCTUATION, '');
}
