import type { StoredFact } from '../domain/fact';
import type { FactStatus } from '../domain/fact';
import { toRowId } from '../domain/ids';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';

/** A fact's stored state, or a UserError naming the id that does not exist. */
export function requireFact(services: CoreServices, id: string): StoredFact & { rowId: number } {
  const rowId = toRowId(id);
  const found = services.base.facts.current(rowId);
  if (!found) throw new UserError(`There is no fact ${id}. Fact ids look like F12; /brief search finds them.`, 'unknown-fact');
  return { rowId, ...found };
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
