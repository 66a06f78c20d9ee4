import type { z } from 'zod';
import { plainText } from '../fields';
import { option } from '../option-meta';
import { isBackwards, rangeFields } from './date-range';
import { pageNumber } from './paging';

/** The entity or topic a view is about; all remaining words on text platforms. */
export const topicOption = option(plainText(200), {
  description: 'An entity (TTP, Tajikistan) or words to search for (madrassas)',
  positional: true,
  rest: true,
  autocomplete: 'entity',
});

/** `from` and `to`: partial ISO dates limiting a view to a span. */
export const rangeOptions = {
  from: option(rangeFields.from, { description: 'Earliest date, e.g. 2025 or 2025-10' }),
  to: option(rangeFields.to, { description: 'Latest date, e.g. 2026 or 2026-02' }),
};

/** `page`: which page of a long view to show; adapters set it to page through. */
export const pageOption = option(pageNumber, { description: 'Page number, from 1' });

/** A view's input with `from` and `to` options, refused when the span ends before it starts. */
export function withRangeCheck<Input extends z.ZodObject>(input: Input): Input {
  return input.refine((values) => !isBackwards(values), { message: 'must not be before “from”', path: ['to'] });
}
