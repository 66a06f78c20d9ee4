/**
 * Answers for the synchronous word lookups the question parser and the ranking make (does a word
 * occur in the base, in how many facts), fetched from an asynchronous store in batches.
 */
export interface WordLookups<V> {
  /** The answer for a word already fetched, or `fallback` (noting the word) when it is not. */
  lookup(word: string): V;
  /** Fetches the answers for these words (those not fetched yet), in one batch. */
  fetch(words: Iterable<string>): Promise<void>;
  /**
   * Runs `compute` until it asks for no word it has no answer for, fetching what it asked for
   * between runs; `compute` must depend on nothing else that changes, so its last run is what it
   * would be with every answer at hand.
   */
  settle<R>(compute: () => R): Promise<R>;
}

/** Lookups over `load`, which answers one word; `key` says which words share an answer (their stem). */
export function createWordLookups<V>(load: (key: string) => Promise<V>, key: (word: string) => string, fallback: V): WordLookups<V> {
  const answers = new Map<string, V>();
  const missing = new Set<string>();

  async function loadKeys(keys: readonly string[]): Promise<void> {
    const loaded = await Promise.all(keys.map(load));
    for (const [i, k] of keys.entries()) answers.set(k, loaded[i]!);
  }

  return {
    lookup(word) {
      const k = key(word);
      const answer = answers.get(k);
      if (answer !== undefined || answers.has(k)) return answer as V;
      missing.add(k);
      return fallback;
    },
    fetch: (words) => loadKeys([...new Set([...words].map(key))].filter((k) => !answers.has(k))),
    async settle(compute) {
      for (;;) {
        missing.clear();
        const result = compute();
        if (missing.size === 0) return result;
        await loadKeys([...missing]);
      }
    },
  };
}
