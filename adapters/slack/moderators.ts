import type { Logger } from '../../src/logger';

/** Says whether a Slack user moderates briefbot. */
export type ModeratorCheck = (userId: string) => Promise<boolean>;

/** The moderator check, and why it is running on less than it should (undefined while all is well). */
export interface Moderators {
  isModerator: ModeratorCheck;
  degradedReason(): string | undefined;
}

/** How long a user group's member list is trusted before it is fetched again. */
export const GROUP_CACHE_MS = 5 * 60_000;

/** How long past its cache time a member list stays in force while fetching it again keeps failing. */
export const GROUP_GRACE_MS = 30 * 60_000;

/**
 * Creates the moderator check: a user is a moderator when listed in `ids` or a member of the user
 * group `groupId`. Members are fetched with `listGroupMembers` (usergroups.users.list) at most once
 * per `ttlMs`, one fetch shared by concurrent checks. When a fetch fails the last known members
 * stay in force for `graceMs` past their cache time, and the next check tries again; after that
 * the list is dropped (someone removed from the group must not keep moderating because Slack is
 * unreachable), only `ids` count, a warning is logged and the check reports itself degraded.
 * Before any fetch succeeds, only `ids` count.
 */
export function createModeratorCheck(deps: {
  ids: readonly string[];
  groupId?: string;
  listGroupMembers: (groupId: string) => Promise<readonly string[]>;
  logger: Logger;
  ttlMs?: number;
  graceMs?: number;
  now?: () => number;
}): Moderators {
  const allowlist = new Set(deps.ids);
  const ttlMs = deps.ttlMs ?? GROUP_CACHE_MS;
  const graceMs = deps.graceMs ?? GROUP_GRACE_MS;
  const now = deps.now ?? Date.now;
  let members: ReadonlySet<string> = new Set();
  let freshUntil = Number.NEGATIVE_INFINITY;
  let lastFailure: string | undefined;
  let pending: Promise<void> | undefined;

  const expire = (groupId: string): void => {
    if (members.size === 0 || now() < freshUntil + graceMs) return;
    members = new Set();
    deps.logger.warn(
      { group: groupId, graceMinutes: graceMs / 60_000 },
      'the Slack moderator group could not be fetched for too long; only SLACK_MODERATOR_IDS moderate until it can',
    );
  };

  const refresh = async (groupId: string): Promise<void> => {
    try {
      members = new Set(await deps.listGroupMembers(groupId));
      freshUntil = now() + ttlMs;
      lastFailure = undefined;
    } catch (error) {
      // Only the message: Web API errors can hold the request, Authorization header included.
      lastFailure = (error as Error).message;
      deps.logger.warn({ reason: lastFailure, group: groupId }, 'could not fetch the Slack moderator group; using the last known members');
      expire(groupId);
    }
  };

  const isModerator: ModeratorCheck = async (userId) => {
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

  const degradedReason = (): string | undefined => {
    if (!deps.groupId || lastFailure === undefined || members.size > 0) return undefined;
    return `moderator group ${deps.groupId} cannot be fetched (${lastFailure}); only SLACK_MODERATOR_IDS moderate`;
  };

  return { isModerator, degradedReason };
}
