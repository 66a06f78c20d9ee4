/**
 * Binary search over a file of lines sorted by their bytes, each starting with its key and a space
 * (WordNet's index files, the word-count table): a lookup reads a few lines instead of parsing
 * the whole file. Lines that start with a space (WordNet's licence header) sort before every key.
 */

const NEWLINE = 0x0a;
const SPACE = 0x20;

function lineStart(buffer: Buffer, at: number): number {
  while (at > 0 && buffer[at - 1] !== NEWLINE) at--;
  return at;
}

/** The whole line whose key is `key`, or undefined when no line has it. */
export function findSortedLine(buffer: Buffer, key: string): string | undefined {
  const wanted = Buffer.from(`${key} `);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const start = lineStart(buffer, (low + high) >>> 1);
    const newline = buffer.indexOf(NEWLINE, start);
    const end = newline < 0 ? buffer.length : newline;
    const order = buffer[start] === SPACE ? 1 : wanted.compare(buffer, start, Math.min(start + wanted.length, end));
    if (order === 0) return buffer.toString('utf8', start, end);
    if (order < 0) high = start;
    else low = end + 1;
  }
  return undefined;
}

/** Every line whose key starts with `prefix`, in order (an empty prefix would be every line). */
export function sortedLinesStartingWith(buffer: Buffer, prefix: string): string[] {
  const wanted = Buffer.from(prefix);
  // The first line whose key is not below the prefix.
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const start = lineStart(buffer, (low + high) >>> 1);
    const newline = buffer.indexOf(NEWLINE, start);
    const end = newline < 0 ? buffer.length : newline;
    const below = buffer[start] === SPACE || wanted.compare(buffer, start, Math.min(start + wanted.length, end)) > 0;
    if (below) low = end + 1;
    else high = start;
  }
  const lines: string[] = [];
  for (let start = low; start < buffer.length; ) {
    const newline = buffer.indexOf(NEWLINE, start);
    const end = newline < 0 ? buffer.length : newline;
    if (wanted.compare(buffer, start, Math.min(start + wanted.length, end)) !== 0) break;
    lines.push(buffer.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}
