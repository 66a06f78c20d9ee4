import { ACK_LIMIT_MS, type BurstResult } from './burst-result';
import type { LoadReport } from './scenario';

/**
 * How much resident memory may grow over the measured sequential asks. Repeated 10,000-ask runs
 * move by -6 to +6 MB (V8 takes and returns heap pages lazily, with or without gc()), so 25 MB is
 * clear of that noise (about 12% of the ~200 MB process) yet trips on a leak of 2.5 KB per ask
 * (about one retained answer) over the full run.
 */
export const RSS_GROWTH_LIMIT_MB = 25;

function burstFailures(burst: BurstResult): string[] {
  const { platform, commands } = burst;
  return [
    ...(burst.acknowledgedInTime < commands
      ? [`${platform}: ${commands - burst.acknowledgedInTime} of ${commands} commands not acknowledged within ${ACK_LIMIT_MS / 1000} s`]
      : []),
    ...(burst.answered < commands ? [`${platform}: ${commands - burst.answered} of ${commands} commands never answered`] : []),
    ...(burst.errors > 0 ? [`${platform}: ${burst.errors} error(s), e.g. ${burst.errorSamples.join(' | ')}`] : []),
  ];
}

/** What the run got wrong, one sentence each; empty when it passed. */
export function findFailures(report: LoadReport): string[] {
  const { sequential } = report;
  const growthMb = sequential.rssEndMb - sequential.rssStartMb;
  return [
    ...burstFailures(report.slack),
    ...burstFailures(report.discord),
    ...(sequential.errors > 0 ? [`sequential asks: ${sequential.errors} error(s), e.g. ${sequential.errorSamples.join(' | ')}`] : []),
    ...(growthMb > RSS_GROWTH_LIMIT_MB ? [`sequential asks: RSS grew ${growthMb.toFixed(1)} MB, more than ${RSS_GROWTH_LIMIT_MB} MB`] : []),
  ];
}
