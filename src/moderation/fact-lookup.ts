import type { ChangedFact, FactStore } from '../../db/store';
import type { WriteContext } from '../domain/actor';
import { FactNotFoundError } from '../domain/errors';
import type { StoredFact } from '../domain/fact';
import type { FactStatus } from '../domain/fact';
import { toRowId } from '../domain/ids';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';

const unknownFact = (id: string): UserError => new UserError(`There is no fact ${id}. Fact ids look like F12; /brief search finds them.`, 'unknown-fact');

/** A fact's stored state, or a UserError naming the id that does not exist. */
export async function requireFact(services: CoreServices, id: string): Promise<StoredFact & { rowId: number }> {
  const rowId = toRowId(id);
  const found = await services.base.facts.current(rowId);
  if (!found) throw unknownFact(id);
  return { rowId, ...found };
}

/**
 * Writes a new version of the fact `id` built by `build` from the fact as stored (read once, inside
 * the write); a fact that does not exist is the same UserError as `requireFact`'s.
 */
export async function changeFact(
  services: CoreServices,
  id: string,
  build: Parameters<FactStore['change']>[1],
  write: WriteContext,
  reason: string | null,
  action: string,
): Promise<ChangedFact> {
  try {
    return await services.base.facts.change(toRowId(id), build, write, reason, action);
  } catch (error) {
    throw error instanceof FactNotFoundError ? unknownFact(id) : error;
  }
}

/** Refuses a status change that does not start from one of the allowed statuses. */
export function requireStatus(id: string, status: FactStatus, allowed: readonly FactStatus[], action: string): void {
  if (!allowed.includes(status)) {
    throw new UserError(`${id} is ${status}, so it cannot be ${action} (only a fact that is ${allowed.join(' or ')} can).`, 'wrong-status');
  }
}

/** Refuses a change based on a version the fact has moved past (another moderator changed it meanwhile). */
export function requireVersion(id: string, stored: StoredFact, expected: number | undefined): void {
  if (expected !== undefined && expected !== stored.version) {
    throw new UserError(
      `${id} changed meanwhile (now version ${stored.version}); nothing was changed. ` +
        `Look at it again (/fact history ${id}) and repeat with --expect-version ${stored.version}.`,
      'stale-version',
    );
  }
}
