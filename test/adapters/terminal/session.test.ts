import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runTerminalSession } from '../../../adapters/terminal/session';
import { moderator, openTestCore } from '../../helpers/core';
import { rowsOf } from '../../helpers/sqlite-rows';

const core = await openTestCore();
afterAll(() => core.cleanup());

async function converse(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const session = runTerminalSession({ dispatch: core.dispatch, specs: core.specs, input, output, caller: moderator });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await session;
  return text;
}

describe('the terminal session', () => {
  it('says how to connect Slack and Discord when it starts', async () => {
    expect(await converse([])).toMatch(/Slack or Discord/);
  });

  it('answers /brief ask with the figure, the quote and the source', async () => {
    const text = await converse(['/brief ask length of the Tajik border']);
    expect(text).toContain('1,357-kilometer border');
    expect(text).toContain('Zalmai Nishat');
    expect(text).toContain('The National Interest');
  });

  it('treats /brief <question> as a question', async () => {
    expect(await converse(['/brief Darvoz attack'])).toContain('China Road and Bridge');
  });

  it('shows a fact and the help', async () => {
    const text = await converse(['/brief fact F3', '/brief help']);
    expect(text).toContain('F3');
    expect(text).toContain('/brief ask <question…>');
  });

  it('explains an unknown subcommand and keeps going', async () => {
    const text = await converse(['/review nope', '/brief ask Darvoz attack']);
    expect(text).toContain('Error: /review has no subcommand “nope”: /review list [--reason <reason>] [--page <page>] · /review approve <id> [<reason…>]');
    expect(text).toContain('China Road and Bridge');
  });

  it('asks a question typed without any command word', async () => {
    const text = await converse(['length of the Tajik border']);
    expect(text).toContain('1,357-kilometer border');
  });

  it('says which command it read a mistyped name as, before the answer', async () => {
    const text = await converse(['/brief facts F3']);
    expect(text).toMatch(/Note: Read “facts” as “\/brief fact”\.\n\nF3 /);
  });

  it('names every missing option with an example typed as in the session', async () => {
    const text = await converse(['/fact retract F33']);
    expect(text).toContain('Error: /fact retract needs a reason. Example: /fact retract F33 "duplicate of F12"');
  });

  it('answers a backup to a missing folder plainly, without a reference', async () => {
    const text = await converse(['/brief backup /nonexistent-folder/copy.db']);
    expect(text).toContain('Error: Cannot write the backup to /nonexistent-folder/copy.db: the folder /nonexistent-folder does not exist.');
    expect(text).not.toContain('Something went wrong');
  });

  it('stops at exit', async () => {
    const text = await converse(['exit', '/brief ask Darvoz attack']);
    expect(text).not.toContain('China Road and Bridge');
  });

  it('never prints control characters stored in a fact', async () => {
    rowsOf(core.base).prepare(`UPDATE facts SET statement = 'evil \u001b[2J screen' WHERE id = 64`).run();
    const text = await converse(['/brief fact F64']);
    expect(text).not.toContain('\u001b');
  });
});
