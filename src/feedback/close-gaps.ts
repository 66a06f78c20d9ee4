import type { z } from 'zod';
import type { CommandDefinition } from '../command-definition';
import { toRowId } from '../domain/ids';
import type { CoreServices } from '../services';

/** How many of the most recently asked open gaps are asked again after a fact becomes active. */
export const REASK_LIMIT = 200;

/**
 * Asks the most recent open gaps again and marks those that a fact now answers; returns how many.
 * Runs after the change committed, so the search sees the new fact.
 */
export async function closeAnsweredGaps(services: CoreServices, limit: number = REASK_LIMIT): Promise<number> {
  const answers: { question: string; factId: number }[] = [];
  for (const question of await services.base.gaps.recentOpen(limit)) {
    const first = (await services.searcher.ask(question, { maxAnswers: 1, maxRelated: 0 })).answers[0];
    if (first) answers.push({ question, factId: toRowId(first.fact.id) });
  }
  if (answers.length > 0) await services.base.gaps.markAnswered(answers, services.now().toISOString());
  return answers.length;
}

/** A command that makes a fact active (add, approve, restore, edit), closing the gaps it answers once it succeeded. */
export function withGapClosing<Input extends z.ZodObject>(command: CommandDefinition<Input>): CommandDefinition<Input> {
  return {
    ...command,
    async run(context, input) {
      const reply = await command.run(context, input);
      await closeAnsweredGaps(context.services);
      return reply;
    },
  };
}
