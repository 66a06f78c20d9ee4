import type { Searcher } from '../search/searcher';
import { toStem, toWords } from '../search/tokens';

// Share of distinct word stems two statements must have in common to look like the same claim.
const SIMILARITY = 0.6;

function stems(text: string): Set<string> {
  return new Set(toWords(text).map(toStem));
}

/** The id of an active fact whose statement says nearly the same, if any. */
export function findNearDuplicate(statement: string, searcher: Searcher, exceptId?: string): string | undefined {
  const own = stems(statement);
  const { answers, related } = searcher.ask(statement, { maxAnswers: 10, maxRelated: 10 });
  for (const { fact } of [...answers, ...related]) {
    if (fact.id === exceptId) continue;
    const other = stems(fact.statement);
    const shared = [...own].filter((stem) => other.has(stem)).length;
    if (shared / Math.max(own.size, other.size) >= SIMILARITY) return fact.id;
  }
  return undefined;
}
