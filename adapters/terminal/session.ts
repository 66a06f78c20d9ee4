import { createInterface } from 'node:readline/promises';
import type { Caller } from '../../src/caller';
import type { CommandSpec } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import { errorReply, withNote } from '../../src/reply';
import { renderReply } from './render';
import { parseCommand } from '../text-command/parse-command';
import { splitLine } from '../text-command/split-words';

const BANNER = `briefbot — sourced answers to briefing questions.
Type a question, e.g.  length of the Tajik border,  or a command such as  /brief fact F3  (help lists them).  exit or Ctrl-D quits.
To serve Slack or Discord instead, set their variables (see .env.example and the README) and restart.`;

/**
 * Runs an interactive session on a terminal: each line is a slash command as on the chat
 * platforms, answered with its citations. The local operator is a moderator.
 */
export async function runTerminalSession(deps: {
  dispatch: Dispatch;
  specs: readonly CommandSpec[];
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  caller: Caller;
}): Promise<void> {
  const lines = createInterface({ input: deps.input, output: deps.output, terminal: false });
  const write = (text: string): void => void deps.output.write(`${text}\n`);
  // A prompt only helps a person typing; piped input would just fill the output with it.
  const prompt = (): void => void ((deps.input as { isTTY?: boolean }).isTTY && deps.output.write('briefbot> '));
  write(BANNER);
  write('');
  prompt();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      prompt();
      continue;
    }
    if (trimmed === 'exit' || trimmed === 'quit') break;
    const parsed = parseCommand(splitLine(trimmed), deps.specs);
    const reply = parsed.ok
      ? await deps.dispatch(parsed.command, parsed.options, deps.caller)
      : errorReply('refused', parsed.message, { identifier: 'invalid-command-line' });
    write(renderReply(parsed.ok && parsed.note ? withNote(reply, parsed.note) : reply));
    write('');
    prompt();
  }
  lines.close();
}
