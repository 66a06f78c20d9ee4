import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CommandDefinition } from '../commands/definition';
import type { Caller } from './caller';
import { commandName } from './command-spec';
import type { Logger } from './logger';
import type { RateLimiter } from './rate-limit';
import { type Reply, noticeReply } from './reply';
import type { CoreServices } from './services';
import { UserError } from './user-error';

/** Runs one command for one caller; what every adapter is handed. */
export type Dispatch = (name: string, rawOptions: Record<string, unknown>, caller: Caller) => Promise<Reply>;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? `“${issue.path.join('.')}”` : 'The input';
      return `${field} ${issue.message}.`;
    })
    .join(' ');
}

function findCommand(commands: readonly CommandDefinition[], name: string): CommandDefinition {
  const command = commands.find((candidate) => commandName(candidate) === name);
  if (!command) throw new UserError(`There is no command “${name}”. Type /brief help for the list.`, 'unknown-command');
  return command;
}

function authorize(command: CommandDefinition, caller: Caller): void {
  if (command.platforms && !command.platforms.includes(caller.platform)) {
    throw new UserError(`/${commandName(command)} is not available on ${caller.platform}.`, 'wrong-platform');
  }
  if (command.access === 'moderator' && !caller.isModerator) {
    throw new UserError(`Only moderators may use /${commandName(command)}. You can propose a fact with /fact suggest.`, 'not-moderator');
  }
}

/**
 * Creates the dispatcher: finds the command, checks who may run it where and how often, validates the raw
 * options with the command's zod schema and runs it. Expected failures become a private notice
 * saying what to fix; anything else is logged and answered with a reference to the log entry.
 */
export function createDispatcher(deps: {
  commands: readonly CommandDefinition[];
  services: CoreServices;
  logger: Logger;
  rateLimiter: RateLimiter;
}): Dispatch {
  return async (name, rawOptions, caller) => {
    const started = performance.now();
    const log = deps.logger.child({ platform: caller.platform, command: name, caller: caller.userId });
    try {
      const command = findCommand(deps.commands, name);
      authorize(command, caller);
      deps.rateLimiter.take(caller, command.writes ? 'write' : 'query');
      const parsed = command.input.safeParse(rawOptions);
      if (!parsed.success) throw new UserError(describeIssues(parsed.error), 'invalid-options');
      const reply = await command.run({ caller, services: deps.services }, parsed.data);
      log.info({ outcome: 'ok', ms: Math.round(performance.now() - started) }, 'command');
      return reply;
    } catch (error) {
      if (error instanceof UserError) {
        log.info({ outcome: 'refused', reason: error.identifier, ms: Math.round(performance.now() - started) }, 'command');
        return noticeReply('error', error.message);
      }
      const ref = randomBytes(3).toString('hex');
      log.error({ outcome: 'error', ref, err: error, ms: Math.round(performance.now() - started) }, 'command failed');
      return noticeReply('error', `Something went wrong (ref ${ref}). The team can find what happened under that reference.`);
    }
  };
}
