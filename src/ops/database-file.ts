import { closeSync, openSync, readSync, statSync } from 'node:fs';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The file's identity: a file replaced by a rename or a copy-over-delete has another inode. */
function readIdentity(path: string): { dev: number; ino: number } {
  const { dev, ino } = statSync(path);
  return { dev, ino };
}

// The first 16 bytes of every SQLite database; a truncated or overwritten file loses them.
function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * Watches the database file the process opened: `check()` says what is wrong when the file at
 * `path` is gone, is another file than the one opened (the process would go on writing to the old,
 * unlinked one while the new one is never read), or no longer starts with SQLite's header. Two
 * system calls and a 16-byte read, cheap enough for every health probe. An in-memory database has
 * no file and is always fine.
 */
export function watchDatabaseFile(path: string): { check(): string | undefined } {
  if (path === ':memory:' || path === '') return { check: () => undefined };
  const opened = readIdentity(path);
  return {
    check() {
      let current: { dev: number; ino: number };
      try {
        current = readIdentity(path);
      } catch {
        return `the database file ${path} is gone; restore it and restart briefbot`;
      }
      if (current.dev !== opened.dev || current.ino !== opened.ino) {
        return `the database file ${path} was replaced while briefbot was running; restart briefbot to open the new one`;
      }
      if (!hasSqliteHeader(path)) return `the database file ${path} is damaged (no SQLite header); restore it from a backup`;
      return undefined;
    },
  };
}
