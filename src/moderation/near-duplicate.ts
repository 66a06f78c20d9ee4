import type { Searcher } from '../search/searcher';
import { STOP_WORDS } from '../search/stop-words';
import { toStem, toWords } from '../search/tokens';

// Two statements look like the same claim when most of the new one's content words are in the
// other, or they share most of their words overall.
const CONTAINED = 0.8;
const OVERLAP = 0.6;

function stems(text: string): Set<string> {
  return new Set(
    toWords(text)
      .filter((word) => !STOP_WORDS.has(word))
      .map(toStem),
  );
}

/** The id of an active fact whose statement says nearly the same, if any. */
export async function findNearDuplicate(statement: string, searcher: Searcher, exceptId?: string): Promise<string | undefined> {
  const own = stems(statement);
  const { answers, related } = await searcher.ask(statement, { maxAnswers: 10, maxRelated: 10 });
  for (const { fact } of [...answers, ...related]) {
    if (fact.id === exceptId) continue;
    const other = stems(fact.statement);
    const shared = [...own].filter((stem) => other.has(stem)).length;
    if (shared / own.size >= CONTAINED || shared / Math.max(own.size, other.size) >= OVERLAP) return fact.id;
  }
  return undefined;
}
