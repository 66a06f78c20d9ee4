import type { FactContent } from '../../db/fact-writer';
import type { FactStatus } from '../reply';
import { toRowId } from '../fields';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';

/** A fact's stored state, or a UserError naming the id that does not exist. */
export function requireFact(services: CoreServices, id: string): { rowId: number; content: FactContent; status: FactStatus; version: number } {
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
