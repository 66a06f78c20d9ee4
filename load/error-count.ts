import pino from 'pino';
import type { Dispatch } from '../src/dispatch';
import type { Logger } from '../src/logger';
import type { Reply } from '../src/reply';

/** Errors seen during a load phase, with the first few described for whoever reads the report. */
export interface ErrorCount {
  count: number;
  samples: string[];
  add(description: string): void;
}

const MAX_SAMPLES = 5;

/** An empty error count. */
export function createErrorCount(): ErrorCount {
  const errors: ErrorCount = {
    count: 0,
    samples: [],
    add(description) {
      errors.count += 1;
      if (errors.samples.length < MAX_SAMPLES) errors.samples.push(description);
    },
  };
  return errors;
}

/** A logger that writes nothing but adds every error-level entry (a failed listener, a failed API call) to `errors`. */
export function createErrorCountingLogger(errors: ErrorCount): Logger {
  return pino({ level: 'error' }, { write: (line: string) => errors.add(`logged: ${line.trim().slice(0, 300)}`) });
}

const errorNoticeOf = (reply: Reply): string | undefined =>
  reply.blocks.flatMap((block) => (block.kind === 'notice' && block.level === 'error' ? [block.text] : []))[0];

/**
 * Wraps `dispatch` so every reply carrying an error notice (a refusal, a rate limit, a bug's
 * apology) and every throw is added to `errors`: the seed questions are all valid, so none is expected.
 */
export function countDispatchErrors(dispatch: Dispatch, errors: ErrorCount): Dispatch {
  return async (name, options, caller) => {
    try {
      const reply = await dispatch(name, options, caller);
      const notice = errorNoticeOf(reply);
      if (notice) errors.add(`${caller.platform} ${name} ${JSON.stringify(options)}: ${notice}`);
      return reply;
    } catch (error) {
      errors.add(`${caller.platform} ${name} threw: ${String(error)}`);
      throw error;
    }
  };
}
