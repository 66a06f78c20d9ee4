import type { CommandSpec } from '../../src/command-spec';
import { type ParsedCommand, parseCommand } from '../text-command/parse-command';
import { splitCommandText } from '../text-command/split-words';

// Slack sends slash command text with `&`, `<` and `>` as HTML entities; `&amp;` goes last so
// `&amp;lt;` (a typed "&lt;") stays "&lt;".
const decodeEntities = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Turns a slash command (`/fact`) and its text (`add --statement "…"`) into a command name and raw
 * options with the same grammar as the terminal and CLI: `/brief <question>` asks, `/brief search …`
 * searches, an empty `/brief` shows help and an empty `/review` lists its subcommands.
 */
export function parseSlashCommand(command: string, text: string, specs: readonly CommandSpec[]): ParsedCommand {
  const group = command.replace(/^\//, '');
  return parseCommand([group, ...splitCommandText(decodeEntities(text))], specs, 'slash');
}
