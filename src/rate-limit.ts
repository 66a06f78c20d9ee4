import type { Caller } from './caller';
import { UserError } from './user-error';

/** How many commands of each kind one person may run per minute. */
export interface RateLimits {
  queriesPerMinute: number;
  writesPerMinute: number;
}

const WINDOW_MS = 60_000;

/**
 * Per-person sliding-window limits on queries and on writes. The local operator (terminal, CLI)
 * owns the process and is not limited.
 */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now) {
  const recent = new Map<string, number[]>();
  return {
    /** Records one command, or throws a UserError saying when to try again. */
    take(caller: Caller, kind: 'query' | 'write'): void {
      if (caller.platform === 'terminal' || caller.platform === 'cli') return;
      const key = `${kind}:${caller.platform}:${caller.userId}`;
      const at = now();
      const times = (recent.get(key) ?? []).filter((time) => time > at - WINDOW_MS);
      const limit = kind === 'write' ? limits.writesPerMinute : limits.queriesPerMinute;
      if (times.length >= limit) {
        const wait = Math.ceil((times[0]! + WINDOW_MS - at) / 1000);
        recent.set(key, times);
        throw new UserError(`Too many ${kind === 'write' ? 'changes' : 'questions'} in a minute; try again in ${wait} s.`, 'rate-limited');
      }
      times.push(at);
      recent.set(key, times);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
