import type { SourceFields } from '../domain/source';
import { toRowId } from '../domain/ids';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';

/** A source's stored state, or a UserError naming the id that does not exist. */
export async function requireSource(services: CoreServices, id: string): Promise<{ rowId: number; fields: SourceFields; status: 'active' | 'retracted' }> {
  const rowId = toRowId(id);
  const found = await services.base.sources.current(rowId);
  if (!found) throw new UserError(`There is no source ${id}. /brief sources lists them.`, 'unknown-source');
  return { rowId, ...found };
}
