import type { Logger } from '../../src/logger';

/** Says whether a Slack user moderates briefbot. */
export type ModeratorCheck = (userId: string) => Promise<boolean>;

/** How long a user group's member list is trusted before it is fetched again. */
export const GROUP_CACHE_MS = 5 * 60_000;

/**
 * Creates the moderator check: a user is a moderator when listed in `ids` or a member of the user
 * group `groupId`. Members are fetched with `listGroupMembers` (usergroups.users.list) at most once
 * per `ttlMs`, one fetch shared by concurrent checks. When a fetch fails the last known members
 * stay in force and the next check tries again; before any fetch succeeds, only `ids` count.
 */
export function createModeratorCheck(deps: {
  ids: readonly string[];
  groupId?: string;
  listGroupMembers: (groupId: string) => Promise<readonly string[]>;
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}): ModeratorCheck {
  const allowlist = new Set(deps.ids);
  const ttlMs = deps.ttlMs ?? GROUP_CACHE_MS;
  const now = deps.now ?? Date.now;
  let members: ReadonlySet<string> = new Set();
  let freshUntil = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | undefined;

  const refresh = async (groupId: string): Promise<void> => {
    try {
      members = new Set(await deps.listGroupMembers(groupId));
      freshUntil = now() + ttlMs;
    } catch (error) {
      // Only the message: Web API errors can hold the request, Authorization header included.
      deps.logger.warn({ reason: (error as Error).message, group: groupId }, 'could not fetch the Slack moderator group; using the last known members');
    }
  };

  return async (userId) => {
    if (allowlist.has(userId)) return true;
    if (!deps.groupId) return false;
    if (now() >= freshUntil) {
      pending ??= refresh(deps.groupId).finally(() => {
        pending = undefined;
      });
      await pending;
    }
    return members.has(userId);
  };
}
