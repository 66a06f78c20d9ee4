import * as z from 'zod';
import { UserError } from '../user-error';

/** The `page` option every long view takes: a whole number from 1, page 1 when absent. */
export const pageNumber = z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1);

/** One page of a list, and how many pages the list has (at least 1). */
export interface Page<T> {
  items: T[];
  index: number;
  total: number;
  /** Where this page's first item sits in the whole list (0-based). */
  offset: number;
}

/**
 * Cuts a list into pages of `size`. A page past the end is refused with how many there are, so a
 * stale "next page" button explains itself rather than showing nothing.
 */
export function paginate<T>(items: readonly T[], index: number, size: number, what: string): Page<T> {
  const total = Math.max(1, Math.ceil(items.length / size));
  if (index > total) throw new UserError(`Page ${index} does not exist: ${what} has ${total} page(s).`, 'no-such-page');
  const offset = (index - 1) * size;
  return { items: items.slice(offset, offset + size), index, total, offset };
}
