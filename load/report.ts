import type { BurstResult } from './burst-result';
import type { LoadReport } from './scenario';

const burstLine = (burst: BurstResult): string =>
  `${burst.platform.padEnd(8)} ${String(burst.commands).padStart(5)} concurrent | ack p50 ${burst.ack.p50Ms} ms, p99 ${burst.ack.p99Ms} ms, max ${burst.ack.maxMs} ms` +
  ` | ${burst.acknowledgedInTime}/${burst.commands} acked ≤ 3 s | answer p50 ${burst.answer.p50Ms} ms, p99 ${burst.answer.p99Ms} ms | answered ${burst.answered} | errors ${burst.errors}`;

/** The report as lines for a person at a terminal. */
export function formatReport(report: LoadReport): string {
  const { sequential: s } = report;
  const growth = (s.rssEndMb - s.rssStartMb).toFixed(1);
  return [
    burstLine(report.slack),
    burstLine(report.discord),
    `Sequential ${s.asks} asks | ask p50 ${s.ask.p50Ms} ms, p99 ${s.ask.p99Ms} ms | errors ${s.errors}`,
    `RSS start ${s.rssStartMb} MB, end ${s.rssEndMb} MB (growth ${growth} MB), peak ${s.rssPeakMb} MB | ${s.gcExposed ? 'gc() before each sample' : 'no gc exposed: sampled after the warm-up'}`,
  ].join('\n');
}
