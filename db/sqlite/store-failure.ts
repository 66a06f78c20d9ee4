import { StoreUnavailableError } from '../../src/domain/errors';

// The codes that mean the file cannot be used just now rather than a bug or a refusal: locked by
// another process beyond the busy timeout, or not openable or readable at all. Extended codes
// (SQLITE_IOERR_READ, SQLITE_BUSY_SNAPSHOT…) count as their primary code.
const UNAVAILABLE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_IOERR']);

/** The primary result code of a SQLite error (`SQLITE_IOERR` for `SQLITE_IOERR_READ`), or undefined. */
export function sqliteCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : undefined;
}

/** A SQLite error as the core should see it: StoreUnavailableError when the file cannot be used just now, else as it is. */
export function toStoreFailure(error: unknown): unknown {
  const code = sqliteCodeOf(error);
  return code && UNAVAILABLE.has(code) ? new StoreUnavailableError(code, { cause: error }) : error;
}
