import { userInfo } from 'node:os';
import type { Caller, Platform } from './caller';

/** The person at this machine's terminal or CLI: they run the process, so they moderate. */
export function localOperator(platform: Extract<Platform, 'terminal' | 'cli'>): Caller {
  const name = userInfo().username;
  return { platform, userId: name, displayName: name, isModerator: true };
}
