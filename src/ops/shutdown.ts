import type { Logger } from '../logger';

/**
 * The graceful stop: refuse new commands, let running ones finish (bounded), disconnect the
 * adapters, then checkpoint and close the database. Resolves with the exit code when done: 0, or 1
 * when the checkpoint failed with an error (logged, so a supervisor and its operator see the stop
 * was not clean). Another process still on the file is no failure. A second signal changes nothing.
 */
export function createShutdown(deps: {
  drain: (timeoutMs: number) => Promise<{ unfinished: number }>;
  stops: (() => Promise<void>)[];
  closeDatabase: () => Promise<{ checkpointed: boolean }>;
  logger: Logger;
  timeoutMs: number;
}): (signal: string) => Promise<number> {
  let stopping: Promise<number> | undefined;
  const run = async (signal: string): Promise<number> => {
    deps.logger.info({ signal }, 'shutting down: no new commands');
    const { unfinished } = await deps.drain(deps.timeoutMs);
    if (unfinished > 0) deps.logger.warn({ unfinished }, 'commands still running after the shutdown wait');
    const results = await Promise.allSettled(deps.stops.map((stop) => stop()));
    for (const result of results) if (result.status === 'rejected') deps.logger.warn({ err: result.reason }, 'an adapter did not stop cleanly');
    try {
      const { checkpointed } = await deps.closeDatabase();
      if (!checkpointed)
        deps.logger.warn('stopped while another process still uses the database: the last one to close moves the write-ahead log into the file');
    } catch (error) {
      deps.logger.error(
        { err: error },
        'stopped, but the database could not be checkpointed: its last changes are in the write-ahead log (-wal file) beside it; keep that file with the database',
      );
      return 1;
    }
    deps.logger.info('stopped');
    return 0;
  };
  return (signal) => (stopping ??= run(signal));
}
