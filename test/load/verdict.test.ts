import { describe, expect, it } from 'vitest';
import type { BurstResult } from '../../load/burst-result';
import type { LoadReport } from '../../load/scenario';
import { RSS_GROWTH_LIMIT_MB, findFailures } from '../../load/verdict';

const latency = { p50Ms: 10, p99Ms: 20, maxMs: 30 };
const burst = (platform: BurstResult['platform'], changes: Partial<BurstResult> = {}): BurstResult => ({
  platform,
  commands: 200,
  acknowledgedInTime: 200,
  ack: latency,
  answered: 200,
  answer: latency,
  errors: 0,
  errorSamples: [],
  ...changes,
});

function buildReport(changes: Partial<LoadReport> = {}): LoadReport {
  return {
    options: { slackConcurrent: 200, discordConcurrent: 200, sequentialAsks: 10_000 },
    slack: burst('Slack'),
    discord: burst('Discord'),
    sequential: { asks: 10_000, ask: latency, errors: 0, errorSamples: [], gcExposed: false, rssStartMb: 200, rssEndMb: 205, rssPeakMb: 206 },
    ...changes,
  };
}

describe('the load verdict', () => {
  it('passes a run where everything was acknowledged in time, answered, error-free and flat', () => {
    expect(findFailures(buildReport())).toEqual([]);
  });

  it('names each late acknowledgement, missing answer and error by platform', () => {
    const report = buildReport({
      slack: burst('Slack', { acknowledgedInTime: 198 }),
      discord: burst('Discord', { answered: 199, errors: 1, errorSamples: ['logged: discord interaction failed'] }),
    });
    expect(findFailures(report)).toEqual([
      'Slack: 2 of 200 commands not acknowledged within 3 s',
      'Discord: 1 of 200 commands never answered',
      'Discord: 1 error(s), e.g. logged: discord interaction failed',
    ]);
  });

  it('fails a run whose resident memory grew past the bound', () => {
    const sequential = { ...buildReport().sequential, rssEndMb: 200 + RSS_GROWTH_LIMIT_MB + 1 };
    expect(findFailures(buildReport({ sequential }))).toEqual([
      `sequential asks: RSS grew ${(RSS_GROWTH_LIMIT_MB + 1).toFixed(1)} MB, more than ${RSS_GROWTH_LIMIT_MB} MB`,
    ]);
  });
});
