import type { z } from 'zod';
import type { Caller } from './caller';
import type { CommandSpec } from './command-spec';
import type { Reply } from './reply';
import type { CoreServices } from './services';

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
  run(context: CommandContext, input: z.output<Schema>): Reply | Promise<Reply>;
}
