import type { Invocation } from '../../src/invocation';
import type { CommandReply, Reply } from '../../src/reply';
import { withActions } from '../../src/reply-actions';

/**
 * A command's reply as dispatch would return it for `invocation`: answered, with the actions the
 * core adds (pages, citations, reports), so renderer tests see what users would.
 */
export function answered(body: CommandReply, invocation: Invocation = { command: 'brief search', options: { query: 'TTP' } }): Reply {
  return { outcome: 'ok', ...withActions(body, invocation, {}) };
}
