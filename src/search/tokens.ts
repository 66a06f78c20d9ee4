import { stemmer } from 'stemmer';

/**
 * Words as the search compares them: lower case, diacritics and typographic apostrophes folded,
 * split on anything that is not a letter or digit (so `ISIS-K` is `isis k`, as FTS5's unicode61
 * tokenizer sees it). A figure such as `2,331` is the two words `2 331` here as in the index.
 */
export function toWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The Porter stem of a word, the same algorithm FTS5's porter tokenizer applies to the index. */
export function toStem(word: string): string {
  return /^\d/.test(word) ? word : stemmer(word);
}

/** Words joined back into the form alias lookups use (`isis k`). */
export function toKey(text: string): string {
  return toWords(text).join(' ');
}
