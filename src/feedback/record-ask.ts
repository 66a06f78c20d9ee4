import type { z } from 'zod';
import type { CommandDefinition } from '../command-definition';
import { StoreBusyError, StoreUnavailableError } from '../domain/errors';
import type { CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { normaliseQuestion } from './normalise-question';

// The answer matters more than its count: a count that cannot be written while another process
// holds the write lock (or the file is read-only) is dropped rather than failing the question.
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return error instanceof StoreBusyError || error instanceof StoreUnavailableError || (typeof code === 'string' && code.startsWith('SQLITE_READONLY'));
}

function isAnswered(reply: CommandReply): boolean {
  const data = reply.data as { answers?: unknown[] } | undefined;
  return (data?.answers?.length ?? 0) > 0;
}

/** Counts the question for the day and, when gap recording is on and nothing answered it, keeps it as a gap. */
export async function recordAsk(services: CoreServices, question: string, answered: boolean): Promise<void> {
  const at = services.now().toISOString();
  try {
    await services.base.gaps.countAsked(at, answered);
    const gap = normaliseQuestion(question);
    if (services.recordGaps && !answered && gap) await services.base.gaps.record(gap, at);
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
}

/** The ask command, counting every question it answered or could not. */
export function withAskRecording<Input extends z.ZodObject<{ question: z.ZodType<string> }>>(ask: CommandDefinition<Input>): CommandDefinition<Input> {
  return {
    ...ask,
    async run(context, input) {
      const reply = await ask.run(context, input);
      await recordAsk(context.services, input.question, isAnswered(reply));
      return reply;
    },
  };
}
