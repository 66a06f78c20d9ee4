import * as z from 'zod';
import { DuplicateReportError } from '../src/domain/errors';
import { factId, plainText } from '../src/fields';
import { requireFact } from '../src/moderation/fact-lookup';
import type { FactStatus } from '../src/domain/fact';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

// What a reader can do instead when the fact is not in the base as an active fact.
const NOT_REPORTABLE: Record<Exclude<FactStatus, 'active'>, string> = {
  retracted: 'is retracted already, so it is not shown as an answer; if it was right after all, ask a moderator to restore it (/fact restore)',
  rejected: 'is a rejected suggestion and not in the base; if it is right, suggest it again with /fact suggest',
  pending: 'is a suggestion still waiting for review, so a moderator will look at it anyway (/review list)',
};

/** Tells the moderators a fact looks wrong; it waits in the review queue until a moderator changes it or dismisses the report. */
export default defineCommand({
  group: 'fact',
  name: 'report',
  description: 'Report a fact as wrong, with the reason',
  example: { id: 'F12', reason: 'the source says 2,430 km, not 2,340' },
  access: 'anyone',
  writes: true,
  input: z.object({
    id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }),
    reason: option(plainText(500), { description: 'What is wrong with it', positional: true, rest: true }),
  }),
  async run({ services, write }, { id, reason }) {
    const fact = await requireFact(services, id);
    if (fact.status !== 'active') throw new UserError(`${id} ${NOT_REPORTABLE[fact.status]}. Nothing was stored.`, 'not-reportable');
    try {
      await services.base.review.report(fact.rowId, reason, write);
    } catch (error) {
      if (!(error instanceof DuplicateReportError)) throw error;
      throw new UserError(
        `You have reported ${id} already; your first report is in the moderators' review queue. Nothing more was stored.`,
        'already-reported',
      );
    }
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `Thank you: ${id} is in the moderators' review queue with your reason.` }],
    };
  },
});
