import { z } from 'zod';
import type { OptionSpec } from '../command-spec';
import { plainText } from '../fields';
import { isBackwards, rangeFields } from './date-range';

/** The entity or topic a view is about; all remaining words on text platforms. */
export const topicOption: OptionSpec = {
  name: 'topic',
  description: 'An entity (TTP, Tajikistan) or words to search for (madrassas)',
  type: 'string',
  required: true,
  positional: true,
  rest: true,
  autocomplete: 'entity',
};

/** `from` and `to`: partial ISO dates limiting a view to a span. */
export const rangeOptions: OptionSpec[] = [
  { name: 'from', description: 'Earliest date, e.g. 2025 or 2025-10', type: 'string', required: false },
  { name: 'to', description: 'Latest date, e.g. 2026 or 2026-02', type: 'string', required: false },
];

/** `page`: which page of a long view to show; adapters set it to page through. */
export const pageOption: OptionSpec = { name: 'page', description: 'Page number, from 1', type: 'integer', required: false };

/** The input of a view about a topic over a span: topic, from, to, and whatever else the view takes. */
export function topicRangeInput<Extra extends z.ZodRawShape>(extra: Extra) {
  return z
    .object({ topic: plainText(200), ...rangeFields, ...extra })
    .refine((input) => !isBackwards(input), { message: 'must not be before “from”', path: ['to'] });
}
