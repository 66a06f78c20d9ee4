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
