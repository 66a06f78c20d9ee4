import type { z } from 'zod';
import type { OptionSpec } from './command-spec';

type Wrapped = { def?: { innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } };

// Optional, default and transform wrappers keep the string schema inside; its checks hold the limit.
function findMaxLength(schema: z.ZodType | undefined): number | undefined {
  if (!schema) return undefined;
  const own = (schema as { maxLength?: number | null }).maxLength;
  if (typeof own === 'number') return own;
  const { def } = schema as Wrapped;
  return findMaxLength(def?.innerType) ?? findMaxLength(def?.in);
}

/**
 * The command's string options, each with the longest value its zod schema accepts as
 * `maxLength`. The schema stays the one place a limit is written: platforms read it from here to
 * declare it (Discord's `max_length`, Slack's input `max_length`), so a person cannot send text
 * the core would refuse after the fact.
 */
export function withMaxLengths(options: readonly OptionSpec[], input: z.ZodType): OptionSpec[] {
  const shape = (input as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return options.map((option) => {
    const maxLength = option.type === 'string' ? findMaxLength(shape[option.name]) : undefined;
    return maxLength === undefined ? option : { ...option, maxLength };
  });
}
