import * as z from 'zod';
import { factId, plainText } from '../src/fields';
import { expectVersionOption } from '../src/moderation/expect-version';
import { type StatusChange, changeStatus } from '../src/moderation/status-change';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

const reasonRequired = plainText(500);

/**
 * A moderator command that moves a fact from one status to another as a new version:
 * `fact retract`, `fact restore`, `review approve`, `review reject`.
 */
export function createStatusCommand(settings: {
  group: string;
  name: string;
  description: string;
  change: StatusChange;
  reason: 'required' | 'optional';
  example: Record<string, string>;
}) {
  return defineCommand({
    group: settings.group,
    name: settings.name,
    description: settings.description,
    example: settings.example,
    access: 'moderator',
    writes: true,
    input: z.object({
      id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }),
      reason: option(settings.reason === 'required' ? reasonRequired : reasonRequired.optional(), {
        description: 'Why (kept in the history)',
        positional: true,
        rest: true,
      }),
      'expect-version': expectVersionOption,
    }),
    run: ({ services, write }, { id, reason, 'expect-version': expectVersion }) =>
      changeStatus(settings.change, services, write, id, reason ?? null, expectVersion),
  });
}
