import { StoreBusyError, StoreUnavailableError } from '../../src/domain/errors';

// Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_CANTOPEN_ISDIR…) count as their primary code. A lock
// held beyond the busy timeout is "busy"; a file that cannot be opened is "unreachable". Disk
// errors (SQLITE_IOERR, SQLITE_FULL) pass on as they are: the core words each of them.
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

/** The primary result code of a SQLite error (`SQLITE_IOERR` for `SQLITE_IOERR_READ`), or undefined. */
export function sqliteCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : undefined;
}

/** A SQLite error as the core should see it: StoreBusyError past the lock wait, StoreUnavailableError when the file cannot be opened, else as it is. */
export function toStoreFailure(error: unknown): unknown {
  const code = sqliteCodeOf(error);
  if (code && BUSY.has(code)) return new StoreBusyError({ cause: error });
  return code === 'SQLITE_CANTOPEN' ? new StoreUnavailableError(code, { cause: error }) : error;
}
