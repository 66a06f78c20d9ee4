import type { Caller } from './caller';
import { UserError } from './user-error';

/** How many commands of each kind one person may run per minute. */
export interface RateLimits {
  queriesPerMinute: number;
  /** Changes by a member (suggestions). */
  writesPerMinute: number;
  /** Changes by a moderator, whose work (a review queue, a batch of corrections) comes in runs. */
  moderatorWritesPerMinute: number;
  /** Autocomplete requests: one per keystroke, so more than questions, in a bucket of their own. */
  autocompletesPerMinute: number;
}

/** What a rate-limited action is; each has its own bucket per person. */
export type RateKind = 'query' | 'write' | 'autocomplete';

const WINDOW_MS = 60_000;

const NOUNS: Record<RateKind, string> = { query: 'questions', write: 'changes', autocomplete: 'completions' };

function limitFor(limits: RateLimits, kind: RateKind, caller: Caller): number {
  if (kind === 'autocomplete') return limits.autocompletesPerMinute;
  if (kind === 'query') return limits.queriesPerMinute;
  return caller.isModerator ? limits.moderatorWritesPerMinute : limits.writesPerMinute;
}

/**
 * Per-person sliding-window limits on queries, writes and completions. The local operator
 * (terminal, CLI) owns the process and is not limited.
 */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now) {
  const recent = new Map<string, number[]>();
  // Records the action when within the limit; otherwise the seconds until it would be.
  const record = (caller: Caller, kind: RateKind): number | undefined => {
    if (caller.platform === 'terminal' || caller.platform === 'cli') return undefined;
    const key = `${kind}:${caller.platform}:${caller.userId}`;
    const at = now();
    const times = (recent.get(key) ?? []).filter((time) => time > at - WINDOW_MS);
    recent.set(key, times);
    if (times.length >= limitFor(limits, kind, caller)) return Math.ceil((times[0]! + WINDOW_MS - at) / 1000);
    times.push(at);
    return undefined;
  };
  return {
    /** Records one action, or throws a UserError saying when to try again. */
    take(caller: Caller, kind: RateKind): void {
      const wait = record(caller, kind);
      if (wait !== undefined) throw new UserError(`Too many ${NOUNS[kind]} in a minute; try again in ${wait} s.`, 'rate-limited');
    },
    /** Records one action and says whether it was within the limit; for work that is dropped quietly when over. */
    tryTake(caller: Caller, kind: RateKind): boolean {
      return record(caller, kind) === undefined;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
