import { z } from 'zod';
import { factId, plainText } from '../src/fields';
import { expectVersionField, expectVersionOption } from '../src/moderation/expect-version';
import { type StatusChange, changeStatus } from '../src/moderation/status-change';
import { defineCommand } from './definition';

const reasonRequired = plainText(500);

/**
 * A moderator command that moves a fact from one status to another as a new version:
 * `fact retract`, `fact restore`, `review approve`, `review reject`.
 */
export function createStatusCommand(settings: { group: string; name: string; description: string; change: StatusChange; reason: 'required' | 'optional'; example: Record<string, string> }) {
  return defineCommand({
    group: settings.group,
    name: settings.name,
    description: settings.description,
    example: settings.example,
    access: 'moderator',
    writes: true,
    options: [
      { name: 'id', description: 'Fact id, e.g. F12', type: 'string', required: true, positional: true, autocomplete: 'fact' },
      { name: 'reason', description: 'Why (kept in the history)', type: 'string', required: settings.reason === 'required', positional: true, rest: true },
      expectVersionOption,
    ],
    input: z.object({ id: factId, reason: settings.reason === 'required' ? reasonRequired : reasonRequired.optional(), 'expect-version': expectVersionField }),
    run: ({ services, write }, { id, reason, 'expect-version': expectVersion }) => changeStatus(settings.change, services, write, id, reason ?? null, expectVersion),
  });
}
