// Marks that the same words are typed with in different editors: curly and straight quotes and
// apostrophes, and the dashes. A quote may use either; nothing else may differ.
const EQUIVALENT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Text in the form quotes are compared in, with where each of its characters came from. */
export interface NormalisedText {
  text: string;
  /** `origin[i]` is the index in the original text of normalised character i; one extra entry for the end. */
  origin: number[];
}

/** Collapses whitespace runs to one space and folds typographic marks to their plain forms. */
export function normaliseText(original: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let at = 0; at < original.length; at += 1) {
    const char = original[at]!;
    if (/\s/u.test(char)) {
      if (!inSpace) {
        text += ' ';
        origin.push(at);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += EQUIVALENT[char] ?? char;
    origin.push(at);
  }
  origin.push(original.length);
  return { text, origin };
}

/** Where `quote` appears in `document` (whitespace and typographic marks aside), or undefined. */
export function locateQuote(document: string, quote: string): { start: number; end: number } | undefined {
  const needle = normaliseText(quote.trim()).text;
  if (!needle) return undefined;
  const haystack = normaliseText(document);
  const at = haystack.text.indexOf(needle);
  if (at === -1) return undefined;
  return { start: haystack.origin[at]!, end: haystack.origin[at + needle.length - 1]! + 1 };
}
