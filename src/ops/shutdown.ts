import type { Logger } from '../logger';

/**
 * The graceful stop: refuse new commands, let running ones finish (bounded), disconnect the
 * adapters, then checkpoint and close the database. Resolves when done; a second signal while it
 * runs changes nothing.
 */
export function createShutdown(deps: {
  drain: (timeoutMs: number) => Promise<{ unfinished: number }>;
  stops: (() => Promise<void>)[];
  closeDatabase: () => void;
  logger: Logger;
  timeoutMs: number;
}): (signal: string) => Promise<void> {
  let stopping: Promise<void> | undefined;
  const run = async (signal: string): Promise<void> => {
    deps.logger.info({ signal }, 'shutting down: no new commands');
    const { unfinished } = await deps.drain(deps.timeoutMs);
    if (unfinished > 0) deps.logger.warn({ unfinished }, 'commands still running after the shutdown wait');
    const results = await Promise.allSettled(deps.stops.map((stop) => stop()));
    for (const result of results) if (result.status === 'rejected') deps.logger.warn({ err: result.reason }, 'an adapter did not stop cleanly');
    deps.closeDatabase();
    deps.logger.info('stopped');
  };
  return (signal) => (stopping ??= run(signal));
}
