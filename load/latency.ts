/** How long something took across many tries, in milliseconds rounded to 0.1. */
export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** p50, p99 and the maximum of `durations` (NaN for an empty list). */
export function summarizeLatency(durations: readonly number[]): LatencySummary {
  const sorted = [...durations].sort((a, b) => a - b);
  return { p50Ms: round(quantile(sorted, 0.5)), p99Ms: round(quantile(sorted, 0.99)), maxMs: round(sorted.at(-1) ?? Number.NaN) };
}
