import type { FactStatus } from '../domain/fact';
import type { WriteContext } from '../domain/actor';
import type { CommandReply } from '../reply';
import type { CoreServices } from '../services';
import { changeFact, requireStatus, requireVersion } from './fact-lookup';

/** One kind of status change: retract, restore, approve, reject. */
export interface StatusChange {
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
export async function changeStatus(
  change: StatusChange,
  services: CoreServices,
  write: WriteContext,
  id: string,
  reason: string | null,
  expectVersion?: number,
): Promise<CommandReply> {
  const { version, fact: view } = await changeFact(
    services,
    id,
    (stored) => {
      requireVersion(id, stored, expectVersion);
      requireStatus(id, stored.status, change.from, change.done);
      return { content: stored.content, status: change.to };
    },
    write,
    reason,
    change.action,
  );
  return {
    visibility: 'private',
    blocks: [
      { kind: 'notice', level: 'info', text: `${id} is ${change.done} (version ${version}).` },
      { kind: 'fact', fact: view },
    ],
    data: view,
  };
}
