/**
 * What a store refuses, as typed errors carrying the data. Stores know nothing of people: the core
 * turns each into the message a person reads (src/store-errors.ts), so a second store
 * implementation refuses the same things in the same words.
 */

/** The database file could not be opened at all (missing directory rights, not a file…). */
export class DatabaseUnreadableError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`cannot open ${path}: ${detail}`);
    this.name = 'DatabaseUnreadableError';
  }
}

/** The file opened but is not a briefbot database, or is damaged. */
export class DatabaseCorruptError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path} is not a briefbot database or is damaged (${code})`);
    this.name = 'DatabaseCorruptError';
  }
}

/** The database was written by a newer schema than this code knows. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly latest: number,
  ) {
    super(`schema ${found} is newer than ${latest}`);
    this.name = 'NewerSchemaError';
  }
}

/** The person already reported this version of the fact. */
export class DuplicateReportError extends Error {
  constructor() {
    super('already reported');
    this.name = 'DuplicateReportError';
  }
}

/** There is no fact with this row id (any more). */
export class FactNotFoundError extends Error {
  constructor(readonly rowId: number) {
    super(`no fact ${rowId}`);
    this.name = 'FactNotFoundError';
  }
}

/**
 * A setting that stops start-up: its message names the variable and the fix, and is shown to the
 * operator as it is, without a stack trace.
 */
export class ConfigError extends Error {
  /** `detail` follows "Configuration error: " in the message. */
  constructor(detail: string) {
    super(`Configuration error: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The alias is already another name of an entity, or the name of another entity (case aside). */
export class AliasTakenError extends Error {
  constructor(readonly alias: string) {
    super(`"${alias}" is taken`);
    this.name = 'AliasTakenError';
  }
}

/**
 * Another process held the store's write lock for longer than a write waits. Nothing was written;
 * the same command works once the other change is done.
 */
export class StoreBusyError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the fact base is busy with another change', options);
    this.name = 'StoreBusyError';
  }
}

/**
 * The store cannot be reached just now: its file cannot be opened, or its server does not answer.
 * Nothing was written (every write is one transaction); the same command may well work shortly.
 */
export class StoreUnavailableError extends Error {
  constructor(
    /** What the store ran into, short enough for a health report (an error code, no data). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`the fact base is unreachable (${reason})`, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The store keeps no file of its own to copy: a PostgreSQL base is backed up with the server's tools. */
export class BackupUnsupportedError extends Error {
  constructor(readonly store: string) {
    super(`a ${store} base is backed up with pg_dump, not copied to a file by briefbot`);
    this.name = 'BackupUnsupportedError';
  }
}

/** A copy was pointed at a base that already holds rows: copying never merges. */
export class TargetNotEmptyError extends Error {
  /** `rows` counts the rows of each table that holds any. */
  constructor(readonly rows: Readonly<Record<string, number>>) {
    super(
      `the target already holds rows (${Object.entries(rows)
        .map(([table, count]) => `${table}: ${count}`)
        .join(', ')})`,
    );
    this.name = 'TargetNotEmptyError';
  }
}
