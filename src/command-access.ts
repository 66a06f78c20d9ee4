import type { Caller, Platform } from './caller';
import type { CommandSpec } from './command-spec';

/** Whether a command is offered on a platform: every command is, unless its definition names the platforms it is for. */
export function isOffered(spec: Pick<CommandSpec, 'platforms'>, platform: Platform): boolean {
  return !spec.platforms || spec.platforms.includes(platform);
}

/**
 * Whether a caller may run a command: it must be offered where they are, and a moderator command
 * needs a moderator. Dispatch enforces it; help, forms and registration only show what passes it.
 */
export function canRun(spec: Pick<CommandSpec, 'platforms' | 'access'>, caller: Pick<Caller, 'platform' | 'isModerator'>): boolean {
  return isOffered(spec, caller.platform) && (spec.access === 'anyone' || caller.isModerator);
}
