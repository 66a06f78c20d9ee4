import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import type { Caller } from '../../src/caller';
import { loadConfig } from '../../src/config';
import { openFactBase } from '../../src/fact-base';
import { createSilentLogger } from '../../src/logger';
import { createRateLimiter } from '../../src/rate-limit';
import { noticesOf } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const member: Caller = { platform: 'slack', userId: 'U-member', displayName: 'Member', isModerator: false };
const moderator: Caller = { platform: 'slack', userId: 'U-mod', displayName: 'Mod', isModerator: true };

const base = await openFactBase({ path: ':memory:' });
afterAll(() => base.close());

async function countAllowed(take: () => Promise<void>, tries: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < tries; i++) {
    try {
      await take();
      allowed++;
    } catch {
      // Refused: over the limit.
    }
  }
  return allowed;
}

describe('rate limits', () => {
  const limits = loadConfig({}).rateLimits;

  it('gives moderators their own, higher write limit by default', async () => {
    expect(limits.moderatorWritesPerMinute).toBeGreaterThan(limits.writesPerMinute);
    const limiter = createRateLimiter(limits, base.rateLimits, () => 1_000);
    expect(await countAllowed(() => limiter.take(member, 'write'), 100)).toBe(limits.writesPerMinute);
    expect(await countAllowed(() => limiter.take(moderator, 'write'), 100)).toBe(limits.moderatorWritesPerMinute);
  });

  it('keeps completions in a bucket apart from questions', async () => {
    const limiter = createRateLimiter({ ...limits, queriesPerMinute: 2, autocompletesPerMinute: 3 }, base.rateLimits, () => 2_000);
    const other: Caller = { ...member, userId: 'U-other' };
    expect(await countAllowed(() => limiter.take(other, 'autocomplete'), 10)).toBe(3);
    expect(await limiter.tryTake(other, 'autocomplete')).toBe(false);
    expect(await countAllowed(() => limiter.take(other, 'query'), 10)).toBe(2);
  });

  it('says when the oldest action leaves the window, grants again then, and deletes what expired', async () => {
    let now = 10_000;
    const limiter = createRateLimiter({ ...limits, queriesPerMinute: 2 }, base.rateLimits, () => now);
    const caller: Caller = { ...member, userId: 'U-window' };
    await limiter.take(caller, 'query');
    now += 20_000;
    await limiter.take(caller, 'query');
    await expect(limiter.take(caller, 'query')).rejects.toThrow('Too many questions in a minute; try again in 40 s.');
    now = 10_000 + 60_000;
    await expect(limiter.take(caller, 'query')).resolves.toBeUndefined();
    now += 10 * 60_000;
    await limiter.take(caller, 'query');
    expect(rowsOf(base).prepare(`SELECT count(*) FROM rate_limit_actions`).pluck().get()).toBe(1);
  });

  it('reads each limit from its variable', () => {
    const read = loadConfig({ BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE: '90', BRIEFBOT_RATE_AUTOCOMPLETES_PER_MINUTE: '240' }).rateLimits;
    expect(read).toMatchObject({ moderatorWritesPerMinute: 90, autocompletesPerMinute: 240 });
    expect(() => loadConfig({ BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE: '0' })).toThrow(/BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE must be 1 or more/);
  });
});

describe('rate limits with two processes on one database file', () => {
  it('count one person’s questions to either process against one limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-rate-'));
    const rateLimits = { queriesPerMinute: 4, writesPerMinute: 4, moderatorWritesPerMinute: 4, autocompletesPerMinute: 4 };
    const open = () => openCore({ databasePath: join(dir, 'base.db'), logger: createSilentLogger(), rateLimits });
    const first = await open();
    const second = await open();
    try {
      const replies = [];
      for (let i = 0; i < 6; i++) replies.push(await (i % 2 === 0 ? first : second).dispatch('brief help', {}, member));
      expect(replies.map((reply) => reply.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'refused', 'refused']);
      expect(noticesOf(replies[5]!).join(' ')).toMatch(/^Too many questions in a minute; try again in \d+ s\.$/);
    } finally {
      await first.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
