import type { CommandSpec } from './command-spec';
import type { Visibility } from './reply';

/** The option with which a caller asks a command that answers `on-request` to answer the whole channel. */
export const PUBLIC_OPTION = 'public';

/**
 * Where a command's answer will be shown, known before it runs (so a platform that must hold the
 * reply's place early picks the right kind of placeholder). A refusal is always private.
 */
export function visibilityOf(spec: Pick<CommandSpec, 'visibility'> | undefined, options: Record<string, unknown>): Visibility {
  return spec?.visibility === 'on-request' && options[PUBLIC_OPTION] === true ? 'public' : 'private';
}
