import { commands } from '../commands';
import { clockFrom } from './config';
import { type AutocompleteKind, type Completion, autocomplete } from './autocomplete';
import type { Bundle } from './bundle';
import type { Caller } from './caller';
import { loadConfig } from './config';
import type { CommandSpec } from './command-spec';
import { type Dispatch, createDispatcher } from './dispatch';
import { type FactBase, openFactBase } from './fact-base';
import type { Logger } from './logger';
import { type RateLimits, createRateLimiter } from './rate-limit';
import { trackInFlight } from './ops/in-flight';
import { type Metrics, createMetrics } from './ops/metrics';
import { createSearcher } from './search/searcher';
import { withMaxLengths } from './option-limits';

/** The platform-neutral core, opened: what entry points hand to adapters. */
export interface Core {
  dispatch: Dispatch;
  /** The command definitions as data (no implementations), for adapters to build their formats. */
  specs: readonly CommandSpec[];
  base: FactBase;
  /** Completions for entity, source and fact options while `caller` types; none once they are over their rate limit. */
  autocomplete(kind: AutocompleteKind, typed: string, caller: Caller): Promise<Completion[]>;
  metrics: Metrics;
  /** Refuses new commands and waits (at most `timeoutMs`) for running ones to finish. */
  drain(timeoutMs: number): Promise<{ unfinished: number }>;
  /**
   * Checkpoints the write-ahead log into the database file and closes it. `checkpointed` is false
   * when another process still uses the file; an I/O failure throws (after closing).
   */
  close(): { checkpointed: boolean };
}

/** Opens the fact base (creating and seeding it if new) and wires the commands to it. */
export function openCore(options: {
  databasePath: string;
  logger: Logger;
  now?: () => Date;
  rateLimits?: RateLimits;
  /** What a new database is filled with; the seed data by default. */
  seed?: () => Bundle;
  busyTimeoutMs?: number;
  /** Keep the questions nobody could answer (BRIEFBOT_RECORD_GAPS); off by default. */
  recordGaps?: boolean;
}): Core {
  const now = options.now ?? clockFrom();
  const base = openFactBase({
    path: options.databasePath,
    now,
    ...(options.seed ? { seed: options.seed } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
  });
  const services = { base, searcher: createSearcher(base, now), now, recordGaps: options.recordGaps ?? false };
  const specs = commands.map(({ group, name, description, access, visibility, options: opts, platforms, input, writes, example }) => ({
    group,
    name,
    description,
    access,
    options: withMaxLengths(opts, input),
    ...(visibility ? { visibility } : {}),
    ...(platforms ? { platforms } : {}),
    ...(writes ? { writes } : {}),
    ...(example ? { example } : {}),
  }));
  const metrics = createMetrics(base);
  // The defaults live in the configuration schema alone.
  const rateLimiter = createRateLimiter(options.rateLimits ?? loadConfig({}).rateLimits);
  const inFlight = trackInFlight(
    createDispatcher({
      commands,
      services,
      logger: options.logger,
      rateLimiter,
      onOutcome: metrics.observe,
    }),
  );
  return {
    dispatch: inFlight.dispatch,
    specs,
    base,
    autocomplete: async (kind, typed, caller) => (rateLimiter.tryTake(caller, 'autocomplete') ? autocomplete(services, kind, typed) : []),
    metrics,
    drain: inFlight.drain,
    close: () => {
      try {
        return { checkpointed: base.health.checkpoint() };
      } finally {
        base.close();
      }
    },
  };
}
