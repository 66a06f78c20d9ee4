import type { Actor } from '../src/domain/actor';

/** The columns an actor fills on a revision, audit entry or report, with absent places as NULL. */
export function toActorColumns(actor: Actor) {
  return {
    by: actor.by,
    userId: actor.by.slice(actor.by.indexOf(':') + 1),
    platform: actor.platform,
    displayName: actor.displayName,
    workspaceId: actor.workspaceId ?? null,
    channelId: actor.channelId ?? null,
    at: actor.at,
  };
}
