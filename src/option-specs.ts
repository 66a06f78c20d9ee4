import type { z } from 'zod';
import type { CommandDefinition } from './command-definition';
import type { CommandSpec, OptionSpec, OptionType } from './command-spec';
import { type OptionMeta, optionMeta } from './option-meta';

// The wrappers an option's field may sit in: optional, default and transforms keep the declared
// field inside (`innerType` for optional and default, `in` for a pipe).
type Wrapper = { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } };

/** The field and each field it wraps, outermost first. */
function unwrap(field: z.ZodType): z.ZodType[] {
  const { def } = (field as unknown as Wrapper)._zod;
  const inner = def.innerType ?? def.in;
  return inner ? [field, ...unwrap(inner)] : [field];
}

function findMeta(name: string, layers: readonly z.ZodType[]): OptionMeta {
  const meta = layers.map((layer) => optionMeta.get(layer)).find((found) => found !== undefined);
  if (!meta) throw new Error(`Option “${name}” has no description: declare its field with option(field, { description, … }).`);
  return meta;
}

const TYPES: Record<string, OptionType> = { string: 'string', enum: 'string', number: 'integer', boolean: 'boolean' };

function findType(name: string, layers: readonly z.ZodType[]): OptionType {
  const base = layers.at(-1)!;
  const type = TYPES[base.def.type];
  // Every platform's number options here are whole numbers; a fractional one would need a new type.
  if (!type || (type === 'integer' && !(base as z.ZodNumber).isInt))
    throw new Error(`Option “${name}” is a ${base.def.type}; options are strings, whole numbers or booleans.`);
  return type;
}

function findMaxLength(layers: readonly z.ZodType[]): number | undefined {
  return layers.map((layer) => (layer as Partial<z.ZodString>).maxLength).find((length) => typeof length === 'number');
}

/**
 * The options of a command, in the order its zod object declares them, as platforms read them:
 * the description and platform hints from the field's metadata, the type from the field, required
 * unless the field is optional or has a default, and the longest text its string check accepts
 * (so Discord's `max_length` and Slack's input limit stop text the core would refuse).
 */
export function toOptionSpecs(input: z.ZodObject): OptionSpec[] {
  return Object.entries(input.shape).map(([name, field]) => {
    const layers = unwrap(field as z.ZodType);
    const maxLength = findMaxLength(layers);
    return {
      name,
      ...findMeta(name, layers),
      type: findType(name, layers),
      required: (field as z.ZodType)._zod.optin === undefined,
      ...(maxLength === undefined ? {} : { maxLength }),
    };
  });
}

const derived = new WeakMap<CommandDefinition, CommandSpec>();

function freezeSpec(spec: CommandSpec): CommandSpec {
  for (const option of spec.options) Object.freeze(option);
  Object.freeze(spec.options);
  if (spec.example) Object.freeze(spec.example);
  if (spec.platforms) Object.freeze(spec.platforms);
  return Object.freeze(spec);
}

/**
 * A command as adapters see it: every declared field but the input and the implementation, with
 * the options derived from the input and a check of raw values against it. Derived once per
 * command and frozen, so adapters and dispatch read the same read-only data.
 */
export function toCommandSpec(command: CommandDefinition): CommandSpec {
  const known = derived.get(command);
  if (known) return known;
  const { input, run: _implementation, ...declared } = command;
  const spec = freezeSpec({ ...declared, options: toOptionSpecs(input), accepts: (options) => input.safeParse(options).success });
  derived.set(command, spec);
  return spec;
}
