import type { z } from 'zod';
import type { CommandDefinition } from '../src/command-definition';

export type { CommandContext, CommandDefinition } from '../src/command-definition';

/** Declares a command, keeping its input type: `run` and `example` are checked against the schema. */
export function defineCommand<Input extends z.ZodObject>(definition: CommandDefinition<Input>): CommandDefinition<Input> {
  return definition;
}
