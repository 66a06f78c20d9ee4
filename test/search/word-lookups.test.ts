import { describe, expect, it } from 'vitest';
import { createWordLookups } from '../../src/search/word-lookups';

function createRecordingStore(known: ReadonlySet<string>) {
  const asked: string[] = [];
  return {
    asked,
    load: async (word: string): Promise<boolean> => {
      asked.push(word);
      return known.has(word);
    },
  };
}

describe('word lookups fetched in batches', () => {
  it('answers a word fetched before, and asks the store about each word once', async () => {
    const store = createRecordingStore(new Set(['border']));
    const lookups = createWordLookups(store.load, (word) => word.toLowerCase(), false);
    await lookups.fetch(['Border', 'border', 'tajik']);
    await lookups.fetch(['border']);
    expect([lookups.lookup('BORDER'), lookups.lookup('tajik')]).toEqual([true, false]);
    expect(store.asked).toEqual(['border', 'tajik']);
  });

  it('reruns a computation until every word it asks about is answered', async () => {
    const store = createRecordingStore(new Set(['attacks', 'kabul']));
    const lookups = createWordLookups(store.load, (word) => word, false);
    // The second word asked depends on the first answer, as a parser's next step does.
    const result = await lookups.settle(() => (lookups.lookup('attacks') ? lookups.lookup('kabul') : lookups.lookup('other')));
    expect(result).toBe(true);
    // The first run, not knowing "attacks" yet, took the other branch; each word was fetched once.
    expect(store.asked).toEqual(['attacks', 'other', 'kabul']);
  });
});
