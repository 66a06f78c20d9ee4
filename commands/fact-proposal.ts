import * as z from 'zod';
import type { FactStatus } from '../src/domain/fact';
import { factContentShape, toFactContent } from '../src/moderation/fact-content';
import { checkNewFact } from '../src/moderation/fact-content-rules';
import { findNearDuplicate } from '../src/moderation/near-duplicate';
import type { Block } from '../src/reply';
import { UserError } from '../src/user-error';
import { defineCommand } from './definition';

const input = z.object(factContentShape).superRefine(checkNewFact);

/** How many suggestions one member may have waiting, so a flood cannot bury the queue. */
export const MAX_PENDING_SUGGESTIONS = 20;

function refuseOverLimit(pending: number): void {
  if (pending >= MAX_PENDING_SUGGESTIONS) {
    throw new UserError(
      `You have ${MAX_PENDING_SUGGESTIONS} suggestions waiting for review, the most one person may have; nothing was added. ` +
        'Suggest more once a moderator has reviewed some of them.',
      'too-many-suggestions',
    );
  }
}

/**
 * A command that writes a new fact: `fact add` (moderators, active at once) and `fact suggest`
 * (anyone, pending until a moderator approves it) differ only in these settings.
 */
export function createFactProposalCommand(settings: {
  name: string;
  description: string;
  access: 'anyone' | 'moderator';
  status: FactStatus;
  example: Record<string, string>;
}) {
  return defineCommand({
    group: 'fact',
    name: settings.name,
    description: settings.description,
    example: settings.example,
    access: settings.access,
    writes: true,
    input,
    async run({ caller, services, write }, options) {
      const content = await toFactContent(options, services);
      const duplicate = await findNearDuplicate(content.statement, services.searcher);
      const limited = settings.status === 'pending' && !caller.isModerator;
      const rowId = await services.base.facts.add(content, settings.status, write, limited ? refuseOverLimit : undefined);
      const fact = (await services.base.facts.getOne(rowId))!;
      const done =
        settings.status === 'pending'
          ? `Thank you: ${fact.id} is waiting for a moderator's review and is not used in answers until approved.`
          : `Added ${fact.id}.`;
      const blocks: Block[] = [
        { kind: 'notice', level: 'info', text: done },
        { kind: 'fact', fact },
      ];
      if (duplicate)
        blocks.push({ kind: 'notice', level: 'warning', text: `This looks like a near-duplicate of ${duplicate}; check it with /brief fact ${duplicate}.` });
      return { visibility: 'private', blocks, data: fact };
    },
  });
}
