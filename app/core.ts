import { commandSpecs, commands } from '../commands';
import { type AutocompleteKind, type Completion, autocomplete } from '../src/autocomplete';
import type { Bundle } from '../src/bundle';
import type { Caller } from '../src/caller';
import { type Config, clockFrom, defaultConfig } from '../src/config';
import { seedBundleFor } from '../src/seed';
import type { CommandSpec } from '../src/command-spec';
import { type Dispatch, createDispatcher } from '../src/dispatch';
import { type FactBase, openFactBase } from '../src/fact-base';
import type { ProgressListener } from '../src/domain/progress';
import type { Logger } from '../src/logger';
import { type PageListings, createPageListings } from '../src/page-listings';
import { type RateLimits, createRateLimiter } from '../src/rate-limit';
import { trackInFlight } from '../src/ops/in-flight';
import type { CommandOutcome } from '../src/ops/metrics';
import { createSearcher } from '../src/search/searcher';

/** The platform-neutral core, opened: what entry points hand to adapters. */
export interface Core {
  dispatch: Dispatch;
  /** The command definitions as data (no implementations), for adapters to build their formats. */
  specs: readonly CommandSpec[];
  base: FactBase;
  /** The listings page buttons turn, kept in the store so every process and a restarted one can turn them. */
  pages: PageListings;
  /** At most `limit` completions for entity, source and fact options while `caller` types; none once they are over their rate limit. */
  autocomplete(kind: AutocompleteKind, typed: string, caller: Caller, limit: number): Promise<Completion[]>;
  /** Calls `listener` with how every command ended; the server's metrics listen, the one-shot CLI does not. */
  onOutcome(listener: (outcome: CommandOutcome) => void): void;
  /** Refuses new commands and waits (at most `timeoutMs`) for running ones to finish. */
  drain(timeoutMs: number): Promise<{ unfinished: number }>;
  /**
   * Checkpoints the write-ahead log into the database file and closes it. `checkpointed` is false
   * when another process still uses the file; an I/O failure throws (after closing).
   */
  close(): Promise<{ checkpointed: boolean }>;
}

/** Opens the fact base (creating and seeding it if new) and wires the commands to it. */
export async function openCore(options: {
  databasePath: string;
  /** A PostgreSQL base instead of the SQLite file (BRIEFBOT_DATABASE_URL). */
  databaseUrl?: string;
  /** The PostgreSQL schema the base lives in; the server's search_path by default. */
  databaseSchema?: string;
  logger: Logger;
  now?: () => Date;
  rateLimits?: RateLimits;
  /** What a new database is filled with; the seed data by default. */
  seed?: () => Bundle;
  busyTimeoutMs?: number;
  /** Keep the questions nobody could answer (BRIEFBOT_RECORD_GAPS); off by default. */
  recordGaps?: boolean;
  /** Shows how far a long run (a large import) has got. */
  progress?: ProgressListener;
}): Promise<Core> {
  const now = options.now ?? clockFrom();
  const base = await openFactBase({
    path: options.databasePath,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.databaseSchema ? { databaseSchema: options.databaseSchema } : {}),
    onConnectionError: (error) => options.logger.warn({ err: error }, 'an idle database connection failed; the pool replaces it'),
    now,
    ...(options.seed ? { seed: options.seed } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
  });
  const services = {
    base,
    searcher: createSearcher(base, now),
    now,
    recordGaps: options.recordGaps ?? false,
    ...(options.progress ? { progress: options.progress } : {}),
  };
  // Metrics are the server's concern: a one-shot command should not load the Prometheus client.
  const outcomeListeners: ((outcome: CommandOutcome) => void)[] = [];
  const rateLimiter = createRateLimiter(options.rateLimits ?? defaultConfig().rateLimits, base.rateLimits);
  const inFlight = trackInFlight(
    createDispatcher({
      commands,
      services,
      logger: options.logger,
      rateLimiter,
      onOutcome: (outcome) => {
        for (const listener of outcomeListeners) listener(outcome);
      },
    }),
  );
  return {
    dispatch: inFlight.dispatch,
    specs: commandSpecs,
    base,
    pages: createPageListings(base.listingPages, now),
    autocomplete: async (kind, typed, caller, limit) =>
      (await rateLimiter.tryTake(caller, 'autocomplete')) ? await autocomplete(services, kind, typed, limit) : [],
    onOutcome: (listener) => {
      outcomeListeners.push(listener);
    },
    drain: inFlight.drain,
    close: async () => {
      try {
        return { checkpointed: await base.health.checkpoint() };
      } finally {
        await base.close();
      }
    },
  };
}

/** Opens the core as the configuration says: its database, limits, seed and whether gaps are kept. */
export function openConfiguredCore(config: Config, logger: Logger, extras: { progress?: ProgressListener } = {}): Promise<Core> {
  return openCore({
    ...extras,
    databasePath: config.databasePath,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.databaseSchema ? { databaseSchema: config.databaseSchema } : {}),
    logger,
    rateLimits: config.rateLimits,
    busyTimeoutMs: config.busyTimeoutMs,
    seed: seedBundleFor(config.seed),
    recordGaps: config.recordGaps,
  });
}
