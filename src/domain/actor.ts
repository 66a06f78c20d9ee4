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
