import { describe, expect, it } from 'vitest';
import { cachePositiveCounts, cachePositiveCountsAsync } from '../../db/positive-count-cache';

describe('word counts kept between questions', () => {
  function countingStore(counts: Record<string, number>) {
    const asked: string[] = [];
    const clock = { now: 0 };
    const count = cachePositiveCounts(
      (stem) => {
        asked.push(stem);
        return counts[stem] ?? 0;
      },
      () => clock.now,
    );
    return { count, asked, clock, counts };
  }

  it('reads a word that occurs once, then reuses its count', () => {
    const store = countingStore({ attack: 40_000 });
    expect([store.count('attack'), store.count('attack')]).toEqual([40_000, 40_000]);
    expect(store.asked).toEqual(['attack']);
  });

  it('looks a missing word up every time, so a fact added a moment ago is found at once', () => {
    const store = countingStore({});
    expect(store.count('drone')).toBe(0);
    store.counts.drone = 1;
    expect(store.count('drone')).toBe(1);
  });

  it('reads counts afresh once a minute has passed', () => {
    const store = countingStore({ border: 3 });
    store.count('border');
    store.counts.border = 4;
    store.clock.now = 61_000;
    expect(store.count('border')).toBe(4);
  });

  it('keeps an asynchronous count the same way: a positive count reused, a zero read again', async () => {
    const counts: Record<string, number> = { attack: 7 };
    const asked: string[] = [];
    const count = cachePositiveCountsAsync(async (stem) => {
      asked.push(stem);
      return counts[stem] ?? 0;
    });
    expect([await count('attack'), await count('attack'), await count('drone')]).toEqual([7, 7, 0]);
    counts.drone = 2;
    expect(await count('drone')).toBe(2);
    expect(asked).toEqual(['attack', 'drone', 'drone']);
  });
});
