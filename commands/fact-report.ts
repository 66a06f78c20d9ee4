import { z } from 'zod';
import { toActor } from '../src/actor';
import { factId, plainText } from '../src/fields';
import { requireFact, requireStatus } from '../src/moderation/fact-lookup';
import { defineCommand } from './definition';

/** Tells the moderators a fact looks wrong; it waits in the review queue until a moderator changes it. */
export default defineCommand({
  group: 'fact',
  name: 'report',
  description: 'Report a fact as wrong, with the reason',
  access: 'anyone',
  writes: true,
  options: [
    { name: 'id', description: 'Fact id, e.g. F12', type: 'string', required: true, positional: true, autocomplete: 'fact' },
    { name: 'reason', description: 'What is wrong with it', type: 'string', required: true, positional: true, rest: true },
  ],
  input: z.object({ id: factId, reason: plainText(500) }),
  run({ caller, services }, { id, reason }) {
    const fact = requireFact(services, id);
    requireStatus(id, fact.status, ['active'], 'reported');
    services.base.reports.report(fact.rowId, reason, toActor(caller, services.now()));
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `Thank you: ${id} is in the moderators' review queue with your reason.` }] };
  },
});
