import type { Platform } from './caller';

/** What a value of the option is; every platform maps these onto its own option types. */
export type OptionType = 'string' | 'integer' | 'boolean';

/** One option of a command, as data every platform's command format is generated from. */
export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required: boolean;
  /** Offer completions from the fact base while the person types. */
  autocomplete?: 'entity' | 'source' | 'fact';
  /** On text platforms, filled by the next bare word (or, with `rest`, all remaining words). */
  positional?: boolean;
  rest?: boolean;
  /** Prose that may run over several lines (a pasted document): forms give it a multi-line field. */
  multiline?: boolean;
  /** Platforms that take files (Discord) offer this option as an attachment whose text fills it. */
  fromAttachment?: boolean;
  /** The longest text the core accepts for a string option, read from the command's schema. */
  maxLength?: number;
  /** What a refusal says the option is, when a required one is left out: "“url” is required: …". */
  missing?: string;
}

/** A command as adapters see it: everything but its implementation. */
export interface CommandSpec {
  /** The top-level slash command: `/brief`, `/fact`, … */
  group: string;
  /** The subcommand: `ask` in `/brief ask`. */
  name: string;
  description: string;
  access: 'anyone' | 'moderator';
  options: readonly OptionSpec[];
  /** True for commands that change the fact base (they share the stricter write rate limit). */
  writes?: boolean;
  /** Where it answers: privately (when absent), or to the channel when the caller asks with `public`. */
  visibility?: 'private' | 'on-request';
  /** Where the command is offered; all platforms when absent. */
  platforms?: Platform[];
  /** One typical invocation's option values: help and refusals show it in each platform's form. */
  example?: { readonly [name: string]: string | number | boolean | undefined };
  /** Whether raw option values would pass the command's schema: a guessed command runs only if so. */
  accepts(options: Readonly<Record<string, unknown>>): boolean;
}

/** The name dispatch knows a command by: `brief ask`, `fact add`. */
export function commandName(spec: Pick<CommandSpec, 'group' | 'name'>): string {
  return `${spec.group} ${spec.name}`;
}
