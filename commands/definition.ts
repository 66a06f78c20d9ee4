import type { z } from 'zod';
import type { CommandDefinition } from '../src/command-definition';

export type { CommandContext, CommandDefinition } from '../src/command-definition';

/** Declares a command with its input type inferred from the schema. */
export function defineCommand<Schema extends z.ZodType>(definition: CommandDefinition<Schema>): CommandDefinition {
  return definition as unknown as CommandDefinition;
}
