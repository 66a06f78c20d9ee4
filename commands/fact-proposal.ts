import { z } from 'zod';
import type { FactStatus } from '../src/reply';
import { toActor } from '../src/actor';
import { factContentShape, toFactContent } from '../src/moderation/fact-content';
import { checkNewFact } from '../src/moderation/fact-content-rules';
import { findNearDuplicate } from '../src/moderation/near-duplicate';
import type { Block } from '../src/reply';
import type { CoreServices } from '../src/services';
import { UserError } from '../src/user-error';
import { defineCommand } from './definition';

const input = z.object(factContentShape).superRefine(checkNewFact);

/** How many suggestions one member may have waiting, so a flood cannot bury the queue. */
export const MAX_PENDING_SUGGESTIONS = 20;

function refuseOverLimit(services: CoreServices, by: string): void {
  if (services.base.facts.countPending(by) >= MAX_PENDING_SUGGESTIONS) {
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
export function createFactProposalCommand(settings: { name: string; description: string; access: 'anyone' | 'moderator'; status: FactStatus; example: Record<string, string> }) {
  return defineCommand({
    group: 'fact',
    name: settings.name,
    description: settings.description,
    example: settings.example,
    access: settings.access,
    writes: true,
    input,
    run({ caller, services }, options) {
      const content = toFactContent(options, services);
      const duplicate = findNearDuplicate(content.statement, services.searcher);
      const actor = toActor(caller, services.now());
      const limited = settings.status === 'pending' && !caller.isModerator;
      const note = { command: `fact ${settings.name}`, reason: null };
      const rowId = services.base.facts.add(content, settings.status, actor, note, limited ? () => refuseOverLimit(services, actor.by) : undefined);
      const fact = services.base.factViews.getOne(rowId)!;
      const done =
        settings.status === 'pending'
          ? `Thank you: ${fact.id} is waiting for a moderator's review and is not used in answers until approved.`
          : `Added ${fact.id}.`;
      const blocks: Block[] = [{ kind: 'notice', level: 'info', text: done }, { kind: 'fact', fact }];
      if (duplicate) blocks.push({ kind: 'notice', level: 'warning', text: `This looks like a near-duplicate of ${duplicate}; check it with /brief fact ${duplicate}.` });
      return { visibility: 'private', blocks, data: fact };
    },
  });
}
