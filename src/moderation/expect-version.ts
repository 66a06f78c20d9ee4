import { z } from 'zod';
import type { OptionSpec } from '../command-spec';

/** The `--expect-version` option: the version a moderator based a change on, so a stale change is refused. */
export const expectVersionOption: OptionSpec = {
  name: 'expect-version',
  description: 'The version you looked at; refused if the fact changed since',
  type: 'integer',
  required: false,
};

/** Zod field of that option. */
export const expectVersionField = z.coerce
  .number({ message: 'must be a version number' })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .optional();
