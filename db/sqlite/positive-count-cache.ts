// fts5vocab counts a word's facts by walking its whole posting list: a common word costs about half
// a millisecond at 100,000 facts, and one question looks words up dozens of times. Counts of words
// that occur are kept for a minute (a word's share of the base needs no fresher figure); a word
// that does not occur is always looked up again (that is cheap), so a fact added a moment ago is
// found at once.
const COUNT_CACHE_MS = 60_000;
const COUNT_CACHE_MAX = 20_000;

/** Wraps a word count so that counts above zero are reused for a minute and zeros never are. */
export function cachePositiveCounts(count: (stem: string) => number, now: () => number = Date.now): (stem: string) => number {
  let counts = new Map<string, number>();
  let since = now();
  return (stem) => {
    if (now() - since > COUNT_CACHE_MS || counts.size >= COUNT_CACHE_MAX) {
      counts = new Map();
      since = now();
    }
    const known = counts.get(stem);
    if (known !== undefined) return known;
    const fresh = count(stem);
    if (fresh > 0) counts.set(stem, fresh);
    return fresh;
  };
}
