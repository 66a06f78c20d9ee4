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

function lineEnd(buffer: Buffer, start: number): number {
  const newline = buffer.indexOf(NEWLINE, start);
  return newline < 0 ? buffer.length : newline;
}

// How the line from `start` to `end` begins compared with `wanted`: 0 when it begins with it.
function compareStart(buffer: Buffer, start: number, end: number, wanted: Buffer): number {
  return -wanted.compare(buffer, start, Math.min(start + wanted.length, end));
}

/** Where the first line that does not sort below `wanted` starts (the buffer's length if none). */
function firstLineFrom(buffer: Buffer, wanted: Buffer): number {
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const start = lineStart(buffer, (low + high) >>> 1);
    const end = lineEnd(buffer, start);
    if (buffer[start] === SPACE || compareStart(buffer, start, end, wanted) < 0) low = end + 1;
    else high = start;
  }
  return low;
}

/** The whole line whose key is `key`, or undefined when no line has it. */
export function findSortedLine(buffer: Buffer, key: string): string | undefined {
  const wanted = Buffer.from(`${key} `);
  const start = firstLineFrom(buffer, wanted);
  const end = lineEnd(buffer, start);
  return start < buffer.length && compareStart(buffer, start, end, wanted) === 0 ? buffer.toString('utf8', start, end) : undefined;
}

/** Every line whose key starts with `prefix`, in order (an empty prefix would be every line). */
export function sortedLinesStartingWith(buffer: Buffer, prefix: string): string[] {
  const wanted = Buffer.from(prefix);
  const lines: string[] = [];
  for (let start = firstLineFrom(buffer, wanted); start < buffer.length; ) {
    const end = lineEnd(buffer, start);
    if (compareStart(buffer, start, end, wanted) !== 0) break;
    lines.push(buffer.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}
