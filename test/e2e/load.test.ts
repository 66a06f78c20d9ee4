import { describe, expect, it } from 'vitest';
import { ACK_LIMIT_MS } from '../../load/burst-result';
import { runLoad } from '../../load/scenario';
import { findFailures } from '../../load/verdict';

/**
 * The load scenario of `npm run load` in short form: the real Bolt receiver and discord.js client
 * on loopback take a burst of commands at once, then the core answers asks in a row. The full run
 * (200 + 200 at once, 10,000 asks) is `npm run load`.
 */
describe('load, short form', () => {
  it('acknowledges 40 Slack and 40 Discord commands sent at once within 3 s, answers them all, and keeps memory flat over 500 asks', async () => {
    const report = await runLoad({ slackConcurrent: 40, discordConcurrent: 40, sequentialAsks: 500 });
    expect(findFailures(report)).toEqual([]);
    for (const burst of [report.slack, report.discord]) {
      expect(burst).toMatchObject({ commands: 40, acknowledgedInTime: 40, answered: 40, errors: 0 });
      expect(burst.ack.maxMs).toBeLessThanOrEqual(ACK_LIMIT_MS);
    }
    expect(report.sequential).toMatchObject({ asks: 500, errors: 0 });
  }, 60_000);
});
