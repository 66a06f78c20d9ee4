import { parseArgs } from 'node:util';
import { type CommandSpec, commandName } from '../../src/command-spec';

/** A command line turned into what dispatch takes, or a message saying what was wrong with it. */
export type ParsedCommand =
  | { ok: true; name: string; options: Record<string, unknown> }
  | { ok: false; message: string };

// Phones and some desktops type curly quotes; people mean plain ones.
const straightenQuotes = (text: string): string => text.replace(/[“”„‟]/g, '"');

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * Splits command text into words like a shell: "double" or 'single' quotes group words. Unlike a
 * shell, an apostrophe inside or at the end of a word (what's, TTP's, fighters') is just a
 * letter: a single quote opens only at the start of a word and closes only at the end of one.
 */
export function splitCommandText(typed: string): string[] {
  const text = straightenQuotes(typed);
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const next = chars[index + 1];
    if (quote) {
      if (char === quote && (quote === '"' || next === undefined || isSpace(next))) quote = undefined;
      else word = (word ?? '') + char;
    } else if (isSpace(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === '"' || (char === "'" && (word === undefined || word.endsWith('=')))) {
      quote = char;
      word ??= '';
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Splits a typed terminal line (with or without its leading slash) into words. */
export function splitLine(line: string): string[] {
  return splitCommandText(line.trim().replace(/^\//, ''));
}

function findSpec(words: readonly string[], specs: readonly CommandSpec[]): { spec: CommandSpec; used: number } | undefined {
  const [first, second] = words;
  const exact = specs.find((spec) => spec.group === first && spec.name === second);
  if (exact) return { spec: exact, used: 2 };
  // `briefbot ask …`, `/brief fact F3`: the brief group's commands need no group word …
  const brief = specs.find((spec) => spec.group === 'brief' && spec.name === (first === 'brief' ? second : first));
  if (brief) return { spec: brief, used: first === 'brief' ? 2 : 1 };
  // … and `/brief <question>` asks.
  const ask = specs.find((spec) => spec.group === 'brief' && spec.name === 'ask');
  if (first === 'brief' && words.length > 1 && ask) return { spec: ask, used: 1 };
  return undefined;
}

function assignPositionals(spec: CommandSpec, positionals: string[], options: Record<string, unknown>): string | undefined {
  const slots = spec.options.filter((option) => option.positional && options[option.name] === undefined);
  for (const slot of slots) {
    if (positionals.length === 0) break;
    options[slot.name] = slot.rest ? positionals.splice(0).join(' ') : positionals.shift();
  }
  return positionals.length > 0 ? `Unexpected words: ${positionals.join(' ')}. Put multi-word values in quotes.` : undefined;
}

/**
 * Turns words (from a terminal line or the CLI's arguments) into a command name and raw options,
 * using the command definitions: positional options in order, others as `--name value`.
 */
export function parseCommand(words: readonly string[], specs: readonly CommandSpec[]): ParsedCommand {
  const found = findSpec(words, specs);
  if (!found) {
    const typed = words.slice(0, 2).join(' ') || '(nothing)';
    return { ok: false, message: `Unknown command “${typed}”. Type /brief help for the list.` };
  }
  const { spec, used } = found;
  const config = Object.fromEntries(
    spec.options.map((option) => [option.name, { type: option.type === 'boolean' ? ('boolean' as const) : ('string' as const) }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: words.slice(used), options: config, allowPositionals: true, strict: true });
    const options: Record<string, unknown> = { ...values };
    const problem = assignPositionals(spec, positionals, options);
    return problem ? { ok: false, message: problem } : { ok: true, name: commandName(spec), options };
  } catch (error) {
    return { ok: false, message: `${(error as Error).message.replace(/\. To specify.*$/s, '.')} See /brief help.` };
  }
}
