import type { Actor, WriteContext } from './domain/actor';
import type { Caller } from './caller';

/** The stamp a caller's write leaves on revisions and the audit log: who, from which platform, workspace or server and channel. */
function toActor(caller: Caller, now: Date): Actor {
  return {
    by: `${caller.platform}:${caller.userId}`,
    platform: caller.platform,
    displayName: caller.displayName,
    at: now.toISOString(),
    workspaceId: caller.workspaceId ?? null,
    channelId: caller.channelId ?? null,
  };
}

/** The stamp of every write one run of `command` makes for a caller. */
export function toWriteContext(caller: Caller, command: string, now: Date): WriteContext {
  return { actor: toActor(caller, now), command };
}
