import * as z from 'zod';
import type { OptionSpec } from './command-spec';

/**
 * What a command option says about itself beyond what its zod field validates: how platforms
 * show and fill it. Type, required-ness and the longest accepted text come from the field itself.
 */
export type OptionMeta = Pick<OptionSpec, 'description' | 'autocomplete' | 'positional' | 'rest' | 'multiline' | 'fromAttachment' | 'missing'>;

/** The metadata of every command option, keyed by its zod field. */
export const optionMeta = z.registry<OptionMeta>();

/**
 * Declares a command option: `field` validates the value, `meta` tells platforms how to offer it.
 * The field is cloned first, so one shared field (a fact id) can be described differently by
 * each command that takes it.
 */
export function option<Field extends z.ZodType>(field: Field, meta: OptionMeta): Field {
  const described = field.clone();
  optionMeta.add(described as z.ZodType, meta);
  return described;
}
