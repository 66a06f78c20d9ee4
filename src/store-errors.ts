import { BackupUnsupportedError, DatabaseCorruptError, DatabaseUnreadableError, NewerSchemaError } from './domain/errors';
import { type Reply, errorReply } from './reply';
import { UserError } from './user-error';

/**
 * The message a person reads when the fact base cannot be opened, with the fix; undefined for
 * anything the store did not refuse on purpose (a bug, to be logged).
 */
export function toOpenProblem(error: unknown): UserError | undefined {
  if (error instanceof DatabaseUnreadableError) {
    return new UserError(`Cannot open the database file ${error.path}: ${error.detail}.`, 'database-unreadable');
  }
  if (error instanceof DatabaseCorruptError) {
    return new UserError(
      `The database file ${error.path} is not a briefbot database or is damaged (${error.code}). ` +
        'Restore it from a backup, or set BRIEFBOT_DB to a new file to start from the seed data.',
      'database-corrupt',
    );
  }
  if (error instanceof NewerSchemaError) {
    return new UserError(
      `The database was written by a newer briefbot (schema ${error.found}; this version knows up to ${error.latest}). ` +
        'Upgrade briefbot, or point BRIEFBOT_DB at another file.',
      'newer-schema',
    );
  }
  return undefined;
}

/**
 * What every command answers while the store cannot be reached (StoreUnavailableError). Writes are
 * transactions, so nothing was half-written and the same command can simply be run again.
 */
export function storeUnavailableReply(): Reply {
  return errorReply('failed', 'The fact base is unreachable; try again shortly.', { identifier: 'store-unavailable' });
}

/** The message a person reads when the store cannot copy itself to a file, with what to use instead; undefined otherwise. */
export function toBackupProblem(error: unknown): UserError | undefined {
  if (!(error instanceof BackupUnsupportedError)) return undefined;
  return new UserError(
    `This fact base lives on a ${error.store} server, so briefbot writes no copy of it to a file. ` +
      'Back it up with pg_dump, e.g. pg_dump --format=custom --file=briefbot.dump "$BRIEFBOT_DATABASE_URL", and restore it with pg_restore.',
    'backup-unsupported',
  );
}
