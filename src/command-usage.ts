import type { Platform } from './caller';
import type { CommandSpec, OptionSpec } from './command-spec';

/**
 * How a command line is written where the person is: slash commands with `--option value` (Slack
 * and the terminal session), Discord's typed `option:value`, or the shell's one-shot command.
 */
export type UsageStyle = 'slash' | 'discord' | 'shell';

/** The README's one-shot command; everything after it is the command line. */
export const SHELL_COMMAND = 'npm run --silent briefbot --';

/** The style a platform's people type commands in. */
export function styleOf(platform: Platform): UsageStyle {
  if (platform === 'discord') return 'discord';
  return platform === 'cli' ? 'shell' : 'slash';
}

/** The words that start a command: `/brief ask`, or `npm run --silent briefbot -- ask` in the shell. */
export function invocationOf(spec: Pick<CommandSpec, 'group' | 'name'>, style: UsageStyle): string {
  if (style !== 'shell') return `/${spec.group} ${spec.name}`;
  return `${SHELL_COMMAND} ${spec.group === 'brief' ? spec.name : `${spec.group} ${spec.name}`}`;
}

/** The command's name as people know it where they are: `/fact retract`, or `fact retract` in the shell. */
export function nameOf(spec: Pick<CommandSpec, 'group' | 'name'>, style: UsageStyle): string {
  return invocationOf(spec, style).replace(`${SHELL_COMMAND} `, '');
}

/** What to type for the list of commands. */
export function helpCommandOf(style: UsageStyle): string {
  return style === 'shell' ? `${SHELL_COMMAND} help` : '/brief help';
}

// A value with spaces or quotes is quoted so it reads back as one word.
function quote(value: string, style: UsageStyle): string {
  if (style === 'discord' || !/[\s"']/.test(value)) return value;
  return style === 'shell' ? `'${value.replaceAll("'", `'\\''`)}'` : `"${value.replaceAll('"', '\\"')}"`;
}

function formatOption(option: OptionSpec, value: string | number | boolean | undefined, style: UsageStyle): string {
  const shown = value === undefined ? `<${option.name}${option.rest && style !== 'discord' ? '…' : ''}>` : quote(String(value), style);
  if (style === 'discord') return `${option.name}:${option.type === 'boolean' && value === undefined ? 'True' : shown}`;
  if (option.type === 'boolean') return `--${option.name}`;
  return option.positional ? shown : `--${option.name} ${shown}`;
}

/** A command's form with a placeholder per option, optional ones in brackets: `/brief ask <question…> [--public]`. */
export function usageOf(spec: CommandSpec, style: UsageStyle, start: 'invocation' | 'name' = 'invocation'): string {
  const parts = spec.options.map((option) => {
    const text = formatOption(option, undefined, style);
    return option.required ? text : `[${text}]`;
  });
  return [start === 'name' ? nameOf(spec, style) : invocationOf(spec, style), ...parts].join(' ');
}

/**
 * The command's example (its definition's `example` values) as it is typed in `style`; required
 * options the example leaves out appear as placeholders, so the line is always complete.
 */
export function exampleOf(spec: CommandSpec, style: UsageStyle): string {
  const values = spec.example ?? {};
  const parts = spec.options
    .filter((option) => option.required || values[option.name] !== undefined)
    .filter((option) => option.type !== 'boolean' || values[option.name] === true)
    .map((option) => formatOption(option, values[option.name], style));
  return [invocationOf(spec, style), ...parts].join(' ');
}
