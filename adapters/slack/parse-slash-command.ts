import type { CommandSpec } from '../../src/command-spec';
import { type ParsedCommand, parseCommand, splitCommandText } from '../terminal/parse-command';

// Slack sends slash command text with `&`, `<` and `>` as HTML entities; `&amp;` goes last so
// `&amp;lt;` (a typed "&lt;") stays "&lt;".
const decodeEntities = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Turns a slash command (`/fact`) and its text (`add --statement "…"`) into a command name and raw
 * options with the same parser as the terminal: the command is the first word, so `/brief <question>`
 * asks and `/brief search …` searches. An empty `/brief` (or any bare command) shows help.
 */
export function parseSlashCommand(command: string, text: string, specs: readonly CommandSpec[]): ParsedCommand {
  const group = command.replace(/^\//, '');
  const words = splitCommandText(decodeEntities(text));
  return parseCommand(words.length > 0 ? [group, ...words] : ['brief', 'help'], specs);
}
