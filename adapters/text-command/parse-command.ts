import { parseArgs } from 'node:util';
import { type CommandSpec, commandName } from '../../src/command-spec';
import { type UsageStyle, exampleOf, helpCommandOf, nameOf, usageOf } from '../../src/command-usage';
import type { Invocation } from '../../src/invocation';
import { findCommand } from './find-command';

/** A command line turned into what dispatch takes, or a message saying what was wrong with it. */
export type ParsedCommand = ({ ok: true; note?: string } & Invocation) | { ok: false; message: string };

type Options = { ok: true; options: Record<string, unknown> } | { ok: false; message: string; extraWords?: true };

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

function assignPositionals(spec: CommandSpec, positionals: string[], options: Record<string, unknown>): string | undefined {
  const slots = spec.options.filter((option) => option.positional && options[option.name] === undefined);
  for (const slot of slots) {
    if (positionals.length === 0) break;
    options[slot.name] = slot.rest ? positionals.splice(0).join(' ') : positionals.shift();
  }
  return positionals.length > 0 ? `Unexpected words: ${positionals.join(' ')}. Put multi-word values in quotes.` : undefined;
}

/** Reads a command's options from the words after its name: positional ones in order, others as `--name value`. */
function readOptions(spec: CommandSpec, words: readonly string[], style: UsageStyle): Options {
  const config = Object.fromEntries(
    spec.options.map((option) => [option.name, { type: option.type === 'boolean' ? ('boolean' as const) : ('string' as const) }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: [...words], options: config, allowPositionals: true, strict: true });
    const options: Record<string, unknown> = { ...values };
    const problem = assignPositionals(spec, positionals, options);
    return problem ? { ok: false, message: `${problem} Use: ${usageOf(spec, style)}`, extraWords: true } : { ok: true, options };
  } catch (error) {
    return { ok: false, message: `${(error as Error).message.replace(/\. To specify.*$/s, '.')} Use: ${usageOf(spec, style)}` };
  }
}

function run(spec: CommandSpec, words: readonly string[], style: UsageStyle, note?: string): ParsedCommand {
  const read = readOptions(spec, words, style);
  if (!read.ok) return read;
  return { ok: true, command: commandName(spec), options: read.options, ...(note ? { note } : {}) };
}

function listGroup(specs: readonly CommandSpec[], group: string, typed: string | undefined, style: UsageStyle): ParsedCommand {
  const members = specs.filter((spec) => spec.group === group).map((spec) => usageOf(spec, style, 'name'));
  const shown = style === 'shell' ? group : `/${group}`;
  const lead = typed === undefined ? `${shown} needs a subcommand` : `${shown} has no subcommand “${typed}”`;
  return { ok: false, message: `${lead}: ${members.join(' · ')}. ${helpCommandOf(style)} lists every command.` };
}

/**
 * A line starting with a command's name runs that command; if the words after it cannot be its
 * options (`stats on TTP attacks`, `source of the border figure`), the line is a question.
 */
function runOrAsk(match: Extract<ReturnType<typeof findCommand>, { kind: 'command' }>, specs: readonly CommandSpec[], style: UsageStyle): ParsedCommand {
  const read = readOptions(match.spec, match.rest, style);
  const ask = specs.find((spec) => commandName(spec) === 'brief ask');
  if (!read.ok && read.extraWords && match.question && ask) {
    return run(ask, match.question, style, `Answered as a question; for the command, use: ${usageOf(match.spec, style)}`);
  }
  return run(match.spec, match.rest, style);
}

/**
 * A near miss of a command name (`/brief facts F3`): runs the command meant when the rest of the
 * line fits it, values included (“exact day” is not `/brief fact day`), and it changes nothing,
 * saying so; otherwise, where the line reads as a question, asks it with the suggestion beside the
 * answer, or else refuses with the suggestion.
 */
function runNearMiss(match: Extract<ReturnType<typeof findCommand>, { kind: 'near' }>, specs: readonly CommandSpec[], style: UsageStyle): ParsedCommand {
  const { spec, typed, rest, question } = match;
  const read = readOptions(spec, rest, style);
  if (read.ok && spec.accepts(read.options) && !spec.writes) {
    return run(spec, rest, style, `Read “${typed}” as “${nameOf(spec, style)}”.`);
  }
  const ask = specs.find((candidate) => commandName(candidate) === 'brief ask');
  const suggestion = `Did you mean “${nameOf(spec, style)}”? For example: ${exampleOf(spec, style)}`;
  if (question && ask) return run(ask, question, style, `${suggestion} — this was answered as a question.`);
  return { ok: false, message: `There is no command “${typed}”. ${suggestion}. ${helpCommandOf(style)} lists every command.` };
}

/**
 * Turns a command line's words (a terminal line, the CLI's arguments or a Slack command's text
 * after its group) into a command name and raw options, by one grammar everywhere: with or without
 * `/brief`, a line naming no command is a question; nothing, `help`, `--help` or `-h` is the help.
 * `style` is how commands are written where the line was typed, for the messages.
 */
export function parseCommand(typedWords: readonly string[], specs: readonly CommandSpec[], style: UsageStyle = 'slash'): ParsedCommand {
  const words = typedWords.map((word, index) => (index === 0 ? word.replace(/^\//, '') : word));
  const helpSpec = specs.find((spec) => commandName(spec) === 'brief help');
  const bare = words[0] === 'brief' ? words.slice(1) : words;
  if (helpSpec && (bare.length === 0 || (bare.length === 1 && HELP_FLAGS.has(bare[0]!)))) return run(helpSpec, [], style);
  const match = findCommand(words, specs);
  if (match.kind === 'command') return runOrAsk(match, specs, style);
  if (match.kind === 'group') return listGroup(specs, match.group, match.typed, style);
  if (match.kind === 'near') return runNearMiss(match, specs, style);
  const ask = specs.find((spec) => commandName(spec) === 'brief ask');
  return ask ? run(ask, match.words, style) : { ok: false, message: `Unknown command. ${helpCommandOf(style)} lists every command.` };
}
