import type { z } from 'zod';
import type { Caller } from '../src/caller';
import type { CommandSpec } from '../src/command-spec';
import type { CommandReply } from '../src/reply';
import type { CoreServices } from '../src/services';

/** What a command's `run` receives besides its validated input. */
export interface CommandContext {
  caller: Caller;
  services: CoreServices;
}

/**
 * A command: data every platform's command format is generated from, a zod schema for its raw
 * options, and one function that does the work and returns a platform-neutral reply.
 */
export interface CommandDefinition<Schema extends z.ZodType = z.ZodType> extends CommandSpec {
  input: Schema;
  run(context: CommandContext, input: z.output<Schema>): CommandReply | Promise<CommandReply>;
}

/** Declares a command with its input type inferred from the schema. */
export function defineCommand<Schema extends z.ZodType>(definition: CommandDefinition<Schema>): CommandDefinition {
  return definition as unknown as CommandDefinition;
}
