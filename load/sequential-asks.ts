import type { Caller } from '../src/caller';
import type { Dispatch } from '../src/dispatch';
import { countDispatchErrors, createErrorCount } from './error-count';
import { type LatencySummary, summarizeLatency } from './latency';

/** What many asks in a row came to, and the process's resident memory around them. */
export interface SequentialResult {
  asks: number;
  ask: LatencySummary;
  errors: number;
  errorSamples: string[];
  /** Whether `global.gc` ran before each memory sample (node --expose-gc); otherwise only the warm-up settles the heap. */
  gcExposed: boolean;
  rssStartMb: number;
  rssEndMb: number;
  rssPeakMb: number;
}

/** The asks before the first memory sample, so caches, prepared statements and JIT are already in place. */
const WARM_UP_ASKS = 500;
// A pool of distinct people, each asking at most ~20 times in the run: under the 30-a-minute limit,
// so the real rate limiter stays in the path and its memory stays bounded by the pool.
const PEOPLE = 500;
const SAMPLE_EVERY = 500;

const MB = 1024 * 1024;

function sampleRssMb(): number {
  globalThis.gc?.();
  return Math.round((process.memoryUsage().rss / MB) * 10) / 10;
}

const callerFor = (index: number): Caller => ({
  platform: index % 2 === 0 ? 'slack' : 'discord',
  userId: `load-seq-${index % PEOPLE}`,
  displayName: `load ${index % PEOPLE}`,
  isModerator: false,
});

/**
 * Asks `asks` questions one after another through `dispatch` (in process, no platform), cycling
 * through `questions`, after WARM_UP_ASKS that are not measured; samples RSS at the start, every
 * SAMPLE_EVERY asks (for the peak) and at the end.
 */
export async function runSequentialAsks(dispatch: Dispatch, questions: readonly string[], asks: number): Promise<SequentialResult> {
  const errors = createErrorCount();
  const counted = countDispatchErrors(dispatch, errors);
  let next = 0;
  const askNext = async (): Promise<number> => {
    const index = next++;
    const started = performance.now();
    await counted('brief ask', { question: questions[index % questions.length]! }, callerFor(index));
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP_ASKS; i++) await askNext();
  const rssStartMb = sampleRssMb();
  let rssPeakMb = rssStartMb;
  const durations: number[] = [];
  for (let i = 1; i <= asks; i++) {
    durations.push(await askNext());
    if (i % SAMPLE_EVERY === 0) rssPeakMb = Math.max(rssPeakMb, sampleRssMb());
  }
  const rssEndMb = sampleRssMb();
  return {
    asks,
    ask: summarizeLatency(durations),
    errors: errors.count,
    errorSamples: errors.samples,
    gcExposed: typeof globalThis.gc === 'function',
    rssStartMb,
    rssEndMb,
    rssPeakMb: Math.max(rssPeakMb, rssEndMb),
  };
}
