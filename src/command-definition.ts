import type { z } from 'zod';
import type { Caller } from './caller';
import type { CommandSpec } from './command-spec';
import type { WriteContext } from './domain/actor';
import type { CommandReply } from './reply';
import type { CoreServices } from './services';

/** What a command's `run` receives besides its validated input. */
export interface CommandContext {
  caller: Caller;
  services: CoreServices;
  /** What the command's writes are stamped with: the caller, now, and the command's name. */
  write: WriteContext;
}

/**
 * A command: data every platform's command format is generated from, a zod object that is the
 * only declaration of its options (each field declared with `option(field, meta)`), and one
 * function that does the work and returns a platform-neutral reply.
 */
export interface CommandDefinition<Input extends z.ZodObject = z.ZodObject> extends Omit<CommandSpec, 'options' | 'example' | 'accepts'> {
  input: Input;
  /** One typical invocation's option values, by the input's option names. */
  example?: { readonly [Name in keyof z.input<Input>]?: string | number | boolean };
  run(context: CommandContext, input: z.output<Input>): CommandReply | Promise<CommandReply>;
}
