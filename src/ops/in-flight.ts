import type { Dispatch } from '../dispatch';
import { errorReply } from '../reply';
import { settleWithin } from '../settle-within';

/**
 * Wraps dispatch so a shutdown can stop taking new commands and wait for those already running.
 */
export function trackInFlight(dispatch: Dispatch) {
  let running = 0;
  let draining = false;
  const idle: (() => void)[] = [];
  return {
    dispatch: (async (name, options, caller) => {
      if (draining) return errorReply('failed', 'briefbot is restarting; nothing was run. Try again in a minute.', { identifier: 'restarting' });
      running += 1;
      try {
        return await dispatch(name, options, caller);
      } finally {
        running -= 1;
        if (running === 0) for (const resolve of idle.splice(0)) resolve();
      }
    }) satisfies Dispatch,
    /** Refuses new commands from now on and resolves when none runs, or after `timeoutMs`. */
    async drain(timeoutMs: number): Promise<{ unfinished: number }> {
      draining = true;
      if (running > 0) await settleWithin(new Promise<void>((resolve) => idle.push(resolve)), timeoutMs, undefined);
      return { unfinished: running };
    },
  };
}
