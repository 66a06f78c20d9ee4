import { randomBytes } from 'node:crypto';
import type { CommandDefinition } from './command-definition';
import { toWriteContext } from './actor';
import type { Caller } from './caller';
import { canRun, isOffered } from './command-access';
import { commandName } from './command-spec';
import { StoreBusyError, StoreUnavailableError } from './domain/errors';
import { helpCommandOf, styleOf } from './command-usage';
import type { Logger } from './logger';
import type { CommandOutcome } from './ops/metrics';
import { OptionError, toOptionError } from './option-errors';
import { toCommandSpec } from './option-specs';
import type { RateLimiter } from './rate-limit';
import { type Reply, type ReplyError, errorReply } from './reply';
import { withActions } from './reply-actions';
import type { CoreServices } from './services';
import { storeUnavailableReply } from './store-errors';
import { UserError } from './user-error';

/** Runs one command for one caller; what every adapter is handed. It never throws: every outcome is a `Reply`. */
export type Dispatch = (name: string, rawOptions: Record<string, unknown>, caller: Caller) => Promise<Reply>;

function findCommand(commands: readonly CommandDefinition[], name: string, caller: Caller): CommandDefinition {
  const command = commands.find((candidate) => commandName(candidate) === name);
  if (!command) throw new UserError(`There is no command “${name}”. ${helpCommandOf(styleOf(caller.platform))} lists every command.`, 'unknown-command');
  return command;
}

function authorize(command: CommandDefinition, caller: Caller): void {
  if (canRun(command, caller)) return;
  if (!isOffered(command, caller.platform)) {
    throw new UserError(`/${commandName(command)} is not available on ${caller.platform}.`, 'wrong-platform');
  }
  throw new UserError(`Only moderators may use /${commandName(command)}. You can propose a fact with /fact suggest.`, 'not-moderator');
}

// SQLite failures that come from the database's surroundings, not from a bug: the caller can do
// something about them (wait, or ask again later), so they get a plain answer rather than a ref.
// A store locked beyond the wait is StoreBusyError, one that cannot be reached StoreUnavailableError.
const DATABASE_CONDITIONS: Record<string, string> = {
  SQLITE_READONLY: 'The fact base is read-only at the moment, so changes are refused; questions still work.',
  SQLITE_FULL: 'The database disk is full; nothing was changed. The team needs to free space on the bot’s server; then try again.',
  SQLITE_IOERR:
    'The fact base could not be read or written (a disk I/O error); nothing was changed. Try again in a minute; if it keeps failing, the team needs to check the server’s disk.',
  SQLITE_CORRUPT: 'The fact base file is damaged; nothing was changed. The team needs to restore it from a backup (see /healthz).',
  SQLITE_NOTADB: 'The fact base file is damaged; nothing was changed. The team needs to restore it from a backup (see /healthz).',
};

function databaseCondition(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? DATABASE_CONDITIONS[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] : undefined;
}

function describeUserError(error: UserError): ReplyError {
  const fields = error instanceof OptionError && Object.keys(error.fields).length > 1 ? { fields: error.fields } : {};
  return { identifier: error.identifier, ...(error.field ? { field: error.field } : {}), ...fields };
}

/** The reply and outcome for a command that did not finish normally. */
function toFailure(error: unknown, log: Logger): { reply: Reply; outcome: CommandOutcome['outcome'] } {
  if (error instanceof UserError) {
    log.info({ reason: error.identifier }, 'command refused');
    return { reply: errorReply('refused', error.message, describeUserError(error)), outcome: 'refused' };
  }
  if (error instanceof StoreBusyError) {
    log.warn('fact base busy with another change');
    return {
      reply: errorReply('failed', 'The fact base is busy with another change; nothing was changed. Try again in a few seconds.', { identifier: 'store-busy' }),
      outcome: 'busy',
    };
  }
  if (error instanceof StoreUnavailableError) {
    log.warn({ reason: error.reason }, 'fact base unreachable for the command');
    return { reply: storeUnavailableReply(), outcome: 'busy' };
  }
  const condition = databaseCondition(error);
  if (condition) {
    const code = (error as { code: string }).code;
    log.warn({ code }, 'database unavailable for the command');
    return { reply: errorReply('failed', condition, { identifier: 'database-unavailable' }), outcome: 'busy' };
  }
  const ref = randomBytes(3).toString('hex');
  log.error({ ref, err: error }, 'command failed');
  return {
    reply: errorReply('failed', `Something went wrong (ref ${ref}). The team can find what happened under that reference.`, { identifier: 'internal-error' }),
    outcome: 'error',
  };
}

/**
 * Creates the dispatcher: finds the command, checks who may run it where and how often,
 * validates the raw options with the command's zod schema and runs it. Expected failures become a
 * private notice saying what to fix; anything else is logged and answered with a reference to the
 * log entry. Each command is logged with platform, caller, duration and outcome (never its text).
 */
export function createDispatcher(deps: {
  commands: readonly CommandDefinition[];
  services: CoreServices;
  logger: Logger;
  rateLimiter: RateLimiter;
  onOutcome?: (outcome: CommandOutcome) => void;
}): Dispatch {
  return async (name, rawOptions, caller) => {
    const started = performance.now();
    const log = deps.logger.child({ platform: caller.platform, command: name, caller: caller.userId });
    let result: { reply: Reply; outcome: CommandOutcome['outcome'] };
    try {
      const command = findCommand(deps.commands, name, caller);
      authorize(command, caller);
      await deps.rateLimiter.take(caller, command.writes ? 'write' : 'query');
      const parsed = command.input.safeParse(rawOptions);
      if (!parsed.success) throw toOptionError(toCommandSpec(command), parsed.error, rawOptions, caller.platform);
      const write = toWriteContext(caller, commandName(command), deps.services.now());
      const body = await command.run({ caller, services: deps.services, write }, parsed.data);
      result = { reply: { outcome: 'ok', ...withActions(body, { command: name, options: rawOptions }, command) }, outcome: 'ok' };
    } catch (error) {
      result = toFailure(error, log);
    }
    const seconds = (performance.now() - started) / 1000;
    log.info({ outcome: result.outcome, ms: Math.round(seconds * 1000) }, 'command');
    // Typed names never become metric labels: an unknown one would grow the series without bound.
    const known = deps.commands.some((command) => commandName(command) === name);
    deps.onOutcome?.({ command: known ? name : 'unknown', outcome: result.outcome, seconds });
    return result.reply;
  };
}
