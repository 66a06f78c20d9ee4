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
