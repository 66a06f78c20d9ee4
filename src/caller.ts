/** The platforms a command can arrive from. */
export type Platform = 'slack' | 'discord' | 'terminal' | 'cli';

/**
 * Who runs a command. Adapters report what their platform says about the person; the core decides
 * what that person may do.
 */
export interface Caller {
  platform: Platform;
  userId: string;
  displayName: string;
  isModerator: boolean;
  /** The Slack workspace (team id) or Discord server (guild id) the command came from; absent in direct messages, the terminal and the CLI. */
  workspaceId?: string;
  /** The channel the command was typed in, where the platform has one. */
  channelId?: string;
}
