import type { FactStatus } from '../reply';
import { toActor } from '../actor';
import type { Caller } from '../caller';
import type { Reply } from '../reply';
import type { CoreServices } from '../services';
import { requireFact, requireStatus } from './fact-lookup';

/** One kind of status change: retract, restore, approve, reject. */
export interface StatusChange {
  command: string;
  /** Past participle for messages: "retracted". */
  done: string;
  from: readonly FactStatus[];
  to: FactStatus;
}

/** Applies a status change as a new version of the fact and says what happened. */
export function changeStatus(change: StatusChange, services: CoreServices, caller: Caller, id: string, reason: string | null): Reply {
  const fact = requireFact(services, id);
  requireStatus(id, fact.status, change.from, change.done);
  const actor = toActor(caller, services.now());
  const version = services.base.facts.setStatus(fact.rowId, change.to, actor, { command: change.command, reason }, change.command.split(' ')[1]!);
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
