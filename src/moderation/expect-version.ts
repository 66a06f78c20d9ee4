import * as z from 'zod';
import { option } from '../option-meta';

/** The `--expect-version` option: the version a moderator based a change on, so a stale change is refused. */
export const expectVersionOption = option(
  z.coerce.number({ message: 'must be a version number' }).int('must be a whole number').min(1, 'must be 1 or more').optional(),
  {
    description: 'The version you looked at; refused if the fact changed since',
  },
);
