import type { ErrorCount } from './error-count';
import { type LatencySummary, summarizeLatency } from './latency';

/** Slack and Discord both drop a command that is not acknowledged within 3 s. */
export const ACK_LIMIT_MS = 3000;

/** What a burst of concurrent commands on one platform came to. */
export interface BurstResult {
  platform: 'Slack' | 'Discord';
  commands: number;
  /** Commands acknowledged within ACK_LIMIT_MS of being sent. */
  acknowledgedInTime: number;
  /** Time from sending a command to its acknowledgement. */
  ack: LatencySummary;
  /** Commands whose answer arrived. */
  answered: number;
  /** Time from sending a command to its answer. */
  answer: LatencySummary;
  errors: number;
  errorSamples: string[];
}

/** Sums up one burst from the per-command times (undefined: never happened). */
export function toBurstResult(
  platform: BurstResult['platform'],
  timings: readonly { ackMs: number | undefined; answerMs: number | undefined }[],
  errors: ErrorCount,
): BurstResult {
  const acks = timings.flatMap(({ ackMs }) => (ackMs === undefined ? [] : [ackMs]));
  const answers = timings.flatMap(({ answerMs }) => (answerMs === undefined ? [] : [answerMs]));
  return {
    platform,
    commands: timings.length,
    acknowledgedInTime: acks.filter((ms) => ms <= ACK_LIMIT_MS).length,
    ack: summarizeLatency(acks),
    answered: answers.length,
    answer: summarizeLatency(answers),
    errors: errors.count,
    errorSamples: errors.samples,
  };
}
