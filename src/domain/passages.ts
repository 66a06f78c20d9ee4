/** A stretch of a document with its offsets (string indices, end exclusive). */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) before
// whitespace, or at a blank line; a paragraph with no full stop is one passage.
const SENTENCE = /[^\n]*?(?:[.!?][”"’')\]]*(?=\s)|\n\s*\n|$)/gu;

/** Cuts a document into trimmed sentences, each with its offsets into the original text. */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  for (const line of lineSpans(text)) {
    SENTENCE.lastIndex = 0;
    const body = text.slice(line.start, line.end);
    for (let match = SENTENCE.exec(body); match && match.index < body.length; match = SENTENCE.exec(body)) {
      if (match[0].length === 0) SENTENCE.lastIndex += 1;
      const lead = match[0].length - match[0].trimStart().length;
      const trimmed = match[0].trim();
      if (trimmed) passages.push({ start: line.start + match.index + lead, end: line.start + match.index + lead + trimmed.length, text: trimmed });
    }
  }
  return passages;
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
    spans.push({ start, end: at });
    start = at + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}
