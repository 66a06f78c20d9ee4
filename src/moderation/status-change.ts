import type { FactStatus } from '../reply';
import { toActor } from '../actor';
import type { Caller } from '../caller';
import type { CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { requireFact, requireStatus, requireVersion } from './fact-lookup';

/** One kind of status change: retract, restore, approve, reject. */
export interface StatusChange {
  command: string;
  /** The history's name for it: "retract". */
  action: string;
  /** Past participle for messages: "retracted". */
  done: string;
  from: readonly FactStatus[];
  to: FactStatus;
}

/**
 * Applies a status change as a new version of the fact and says what happened. The status (and
 * the version the moderator saw, when given) is checked inside the write's transaction.
 */
export function changeStatus(change: StatusChange, services: CoreServices, caller: Caller, id: string, reason: string | null, expectVersion?: number): CommandReply {
  const fact = requireFact(services, id);
  const actor = toActor(caller, services.now());
  const version = services.base.facts.change(
    fact.rowId,
    (stored) => {
      requireVersion(id, stored, expectVersion);
      requireStatus(id, stored.status, change.from, change.done);
      return { content: stored.content, status: change.to };
    },
    actor,
    { command: change.command, reason },
    change.action,
  );
  const view = services.base.factViews.getOne(fact.rowId)!;
  return {
    visibility: 'private',
    blocks: [
      { kind: 'notice', level: 'info', text: `${id} is ${change.done} (version ${version}).` },
      { kind: 'fact', fact: view },
    ],
    data: view,
  };
}
