import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import { loadConfig } from '../../src/config';
import { createRateLimiter } from '../../src/rate-limit';

const member: Caller = { platform: 'slack', userId: 'U-member', displayName: 'Member', isModerator: false };
const moderator: Caller = { platform: 'slack', userId: 'U-mod', displayName: 'Mod', isModerator: true };

function countAllowed(take: () => void, tries: number): number {
  let allowed = 0;
  for (let i = 0; i < tries; i++) {
    try {
      take();
      allowed++;
    } catch {
      // Refused: over the limit.
    }
  }
  return allowed;
}

describe('rate limits', () => {
  const limits = loadConfig({}).rateLimits;

  it('gives moderators their own, higher write limit by default', () => {
    expect(limits.moderatorWritesPerMinute).toBeGreaterThan(limits.writesPerMinute);
    const limiter = createRateLimiter(limits, () => 1_000);
    expect(countAllowed(() => limiter.take(member, 'write'), 100)).toBe(limits.writesPerMinute);
    expect(countAllowed(() => limiter.take(moderator, 'write'), 100)).toBe(limits.moderatorWritesPerMinute);
  });

  it('keeps completions in a bucket apart from questions', () => {
    const limiter = createRateLimiter({ ...limits, queriesPerMinute: 2, autocompletesPerMinute: 3 }, () => 1_000);
    expect(countAllowed(() => limiter.take(member, 'autocomplete'), 10)).toBe(3);
    expect(limiter.tryTake(member, 'autocomplete')).toBe(false);
    expect(countAllowed(() => limiter.take(member, 'query'), 10)).toBe(2);
  });

  it('reads each limit from its variable', () => {
    const read = loadConfig({ BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE: '90', BRIEFBOT_RATE_AUTOCOMPLETES_PER_MINUTE: '240' }).rateLimits;
    expect(read).toMatchObject({ moderatorWritesPerMinute: 90, autocompletesPerMinute: 240 });
    expect(() => loadConfig({ BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE: '0' })).toThrow(/BRIEFBOT_RATE_MODERATOR_WRITES_PER_MINUTE must be 1 or more/);
  });
});
