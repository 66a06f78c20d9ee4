// Counting a word's facts walks its whole posting list (fts5vocab on SQLite) or reads a counter
// row over the network (PostgreSQL): a common word costs about half a millisecond at 100,000
// facts, and one question looks words up dozens of times. Counts of words that occur are kept for
// a minute (a word's share of the base needs no fresher figure); a word that does not occur is
// always looked up again (that is cheap), so a fact added a moment ago is found at once.
const COUNT_CACHE_MS = 60_000;
const COUNT_CACHE_MAX = 20_000;

function createCountCache(now: () => number) {
  let counts = new Map<string, number>();
  let since = now();
  return {
    known(stem: string): number | undefined {
      if (now() - since > COUNT_CACHE_MS || counts.size >= COUNT_CACHE_MAX) {
        counts = new Map();
        since = now();
      }
      return counts.get(stem);
    },
    /** Keeps a count above zero; returns the count either way. */
    remember(stem: string, count: number): number {
      if (count > 0) counts.set(stem, count);
      return count;
    },
  };
}

/** Wraps a word count so that counts above zero are reused for a minute and zeros never are. */
export function cachePositiveCounts(count: (stem: string) => number, now: () => number = Date.now): (stem: string) => number {
  const cache = createCountCache(now);
  return (stem) => cache.known(stem) ?? cache.remember(stem, count(stem));
}

/** The same for a count that is read asynchronously. */
export function cachePositiveCountsAsync(count: (stem: string) => Promise<number>, now: () => number = Date.now): (stem: string) => Promise<number> {
  const cache = createCountCache(now);
  return async (stem) => cache.known(stem) ?? cache.remember(stem, await count(stem));
}
