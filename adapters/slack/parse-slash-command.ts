import type { CommandSpec } from '../../src/command-spec';
import { type ParsedCommand, parseCommand } from '../terminal/parse-command';

// Slack sends slash command text with `&`, `<` and `>` as HTML entities; `&amp;` goes last so
// `&amp;lt;` (a typed "&lt;") stays "&lt;".
const decodeEntities = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// Phones and some desktops type curly quotes; people mean plain ones.
const straightenQuotes = (text: string): string => text.replace(/[“”„‟]/g, '"');

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * Splits command text into words like a shell: "double" or 'single' quotes group words. Unlike a
 * shell, an apostrophe inside or at the end of a word (what's, TTP's, fighters') is just a
 * letter: a single quote opens only at the start of a word and closes only at the end of one.
 */
export function splitCommandText(text: string): string[] {
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

/**
 * Turns a slash command (`/fact`) and its text (`add --statement "…"`) into a command name and raw
 * options with the same parser as the terminal: the command is the first word, so `/brief <question>`
 * asks and `/brief search …` searches. An empty `/brief` (or any bare command) shows help.
 */
export function parseSlashCommand(command: string, text: string, specs: readonly CommandSpec[]): ParsedCommand {
  const group = command.replace(/^\//, '');
  const words = splitCommandText(straightenQuotes(decodeEntities(text)));
  return parseCommand(words.length > 0 ? [group, ...words] : ['brief', 'help'], specs);
}
