/** Who makes a change, from where and when: stamped on revisions and audit entries. */
export interface Actor {
  /** `platform:userId`, e.g. `slack:U123`. */
  by: string;
  platform: string;
  displayName: string;
  /** ISO timestamp of the change. */
  at: string;
  /** The Slack workspace or Discord server, when the change came from one. */
  workspaceId?: string | null;
  /** The channel the change was typed in, when the platform has one. */
  channelId?: string | null;
}

/**
 * What every write is stamped with, built once per command by the dispatcher: who writes, from
 * where and when, and the command that writes (its audit entry's name).
 */
export interface WriteContext {
  actor: Actor;
  command: string;
}
