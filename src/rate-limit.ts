import type { RateLimitStore } from '../db/store';
import type { Caller } from './caller';
import { StoreUnavailableError } from './domain/errors';
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
 * Per-person sliding-window limits on queries, writes and completions, counted in the store so
 * that every process (and every shard) answering one person counts against the same limit. The
 * local operator (terminal, CLI) owns the process and is not limited.
 */
export function createRateLimiter(limits: RateLimits, store: RateLimitStore, now: () => number = Date.now) {
  // Records the action when within the limit; otherwise the seconds until it would be.
  const record = async (caller: Caller, kind: RateKind): Promise<number | undefined> => {
    if (caller.platform === 'terminal' || caller.platform === 'cli') return undefined;
    const decision = await store.take(`${kind}:${caller.platform}:${caller.userId}`, limitFor(limits, kind, caller), WINDOW_MS, now());
    return decision.granted ? undefined : decision.retryAfterSeconds;
  };
  return {
    /** Records one action, or throws a UserError saying when to try again. */
    async take(caller: Caller, kind: RateKind): Promise<void> {
      const wait = await record(caller, kind);
      if (wait !== undefined) throw new UserError(`Too many ${NOUNS[kind]} in a minute; try again in ${wait} s.`, 'rate-limited');
    },
    /**
     * Records one action and says whether it was within the limit; for work that is dropped quietly
     * when over, or when the store cannot count it just now.
     */
    async tryTake(caller: Caller, kind: RateKind): Promise<boolean> {
      try {
        return (await record(caller, kind)) === undefined;
      } catch (error) {
        if (error instanceof StoreUnavailableError) return false;
        throw error;
      }
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
