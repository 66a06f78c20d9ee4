// Phones and some desktops type curly quotes; people mean plain ones.
const straightenQuotes = (text: string): string => text.replace(/[“”„‟]/g, '"');

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * Splits command text into words like a shell: "double" or 'single' quotes group words. Unlike a
 * shell, an apostrophe inside or at the end of a word (what's, TTP's, fighters') is just a
 * letter: a single quote opens only at the start of a word and closes only at the end of one.
 */
export function splitCommandText(typed: string): string[] {
  const text = straightenQuotes(typed);
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const next = chars[index + 1];
    if (quote) {
      if (char === quote && (quote === '"' || next === undefined || isSpace(next))) quote = undefined;
      else word = (word ?? '') + char;
    } else if (isSpace(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === '"' || (char === "'" && (word === undefined || word.endsWith('=')))) {
      quote = char;
      word ??= '';
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Splits a typed terminal line (with or without its leading slash) into words. */
export function splitLine(line: string): string[] {
  return splitCommandText(line.trim().replace(/^\//, ''));
}
