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
}
