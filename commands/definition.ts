import type { z } from 'zod';
import type { Caller } from '../src/caller';
import type { CommandSpec } from '../src/command-spec';
import type { WriteContext } from '../src/domain/actor';
import type { Reply } from '../src/reply';
import type { CoreServices } from '../src/services';

/** What a command's `run` receives besides its validated input. */
export interface CommandContext {
  caller: Caller;
  services: CoreServices;
  /** What the command's writes are stamped with: the caller, now, and the command's name. */
  write: WriteContext;
}

/**
 * A command: data every platform's command format is generated from, a zod schema for its raw
 * options, and one function that does the work and returns a platform-neutral reply.
 */
export interface CommandDefinition<Schema extends z.ZodType = z.ZodType> extends CommandSpec {
  input: Schema;
  run(context: CommandContext, input: z.output<Schema>): Reply | Promise<Reply>;
}

/** Declares a command with its input type inferred from the schema. */
export function defineCommand<Schema extends z.ZodType>(definition: CommandDefinition<Schema>): CommandDefinition {
  return definition as unknown as CommandDefinition;
}
