import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../adapters/text-command/parse-command';
import { splitLine } from '../../../adapters/text-command/split-words';
import { commandSpecs } from '../../../commands';
import type { CommandSpec } from '../../../src/command-spec';

const specs: readonly CommandSpec[] = commandSpecs;
const typed = (line: string) => parseCommand(splitLine(line), specs);
const fromShell = (...args: string[]) => parseCommand(args, specs, 'shell');

describe('splitting a typed terminal line', () => {
  it('keeps apostrophes inside and at the end of words', () => {
    expect(splitLine("/brief ask what's the TTP's aim for fighters'")).toEqual(['brief', 'ask', "what's", 'the', "TTP's", 'aim', 'for', "fighters'"]);
  });

  it('groups quoted words, straight or curly', () => {
    expect(splitLine('/fact add --statement "Two guards died" --quote “two guards”')).toEqual([
      'fact',
      'add',
      '--statement',
      'Two guards died',
      '--quote',
      'two guards',
    ]);
  });
});

describe('one command grammar for the session and the shell', () => {
  const ask = { ok: true, command: 'brief ask', options: { question: 'length of the Tajik border' } };

  it('asks a bare question, with or without /brief, typed or passed as arguments', () => {
    expect(typed('length of the Tajik border')).toEqual(ask);
    expect(typed('/brief length of the Tajik border')).toEqual(ask);
    expect(fromShell('length', 'of', 'the', 'Tajik', 'border')).toEqual(ask);
    expect(fromShell('length of the Tajik border')).toEqual(ask);
    expect(fromShell('/brief', 'length of the Tajik border')).toEqual(ask);
  });

  it('runs a command named with or without its group word and slash', () => {
    const fact = { ok: true, command: 'brief fact', options: { id: 'F3' } };
    expect(typed('/brief fact F3')).toEqual(fact);
    expect(fromShell('/brief', 'fact', 'F3')).toEqual(fact);
    expect(fromShell('fact', 'F3')).toEqual(fact);
    expect(fromShell('review', 'list')).toEqual({ ok: true, command: 'review list', options: {} });
  });

  it('asks a line that starts with a command word its options cannot take', () => {
    expect(typed('stats on TTP attacks')).toEqual({
      ok: true,
      command: 'brief ask',
      options: { question: 'stats on TTP attacks' },
      note: 'Answered as a question; for the command, use: /brief stats',
    });
    expect(fromShell('source', 'of', 'the', 'border', 'figure')).toMatchObject({ command: 'brief ask', options: { question: 'source of the border figure' } });
    expect(typed('/fact add --statement x y')).toMatchObject({ ok: false, message: expect.stringContaining('Unexpected words: y.') });
  });

  it('shows the help for nothing, help, --help and -h', () => {
    for (const words of [[], ['help'], ['--help'], ['-h'], ['brief'], ['/brief', '--help']]) {
      expect(parseCommand(words, specs, 'shell')).toMatchObject({ ok: true, command: 'brief help' });
    }
  });

  it('tells a shell user the shell command, never to type /brief help', () => {
    const refused = fromShell('review', 'frobnicate');
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('npm run --silent briefbot -- help lists every command') });
    expect(JSON.stringify(refused)).not.toContain('/brief help');
    expect(fromShell('ask', 'TTP', '--colour', 'red')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unknown option '--colour'.*Use: npm run --silent briefbot -- ask <question…> \[--public\]/),
    });
  });
});

describe('did you mean', () => {
  it('runs the command meant when the rest of the line fits it, saying so', () => {
    expect(typed('/brief serach madrassas')).toEqual({
      ok: true,
      command: 'brief search',
      options: { query: 'madrassas' },
      note: 'Read “serach” as “/brief search”.',
    });
    expect(typed('/brief facts F3')).toEqual({ ok: true, command: 'brief fact', options: { id: 'F3' }, note: 'Read “facts” as “/brief fact”.' });
    expect(typed('/review lst')).toEqual({ ok: true, command: 'review list', options: {}, note: 'Read “lst” as “/review list”.' });
  });

  it('still asks a line that reads as a question, with the suggestion beside the answer', () => {
    expect(typed('/brief facts about TTP')).toEqual({
      ok: true,
      command: 'brief ask',
      options: { question: 'facts about TTP' },
      note: 'Did you mean “/brief fact”? For example: /brief fact F3 — this was answered as a question.',
    });
  });

  it('asks a short line whose words do not fit the command it is spelt like, rather than running that command', () => {
    // “exact” is two letters from “fact”, and “day” is no fact id.
    expect(typed('exact day')).toEqual({
      ok: true,
      command: 'brief ask',
      options: { question: 'exact day' },
      note: 'Did you mean “/brief fact”? For example: /brief fact F3 — this was answered as a question.',
    });
  });

  it('never runs a guessed command that changes the base: it suggests it', () => {
    expect(typed('/fact ad --statement "x" --quote "y" --source S1')).toEqual({
      ok: false,
      message:
        'There is no command “ad”. Did you mean “/fact add”? For example: /fact add --statement "The TTP has attacked Pakistan hundreds of times since 2023" --quote "hundreds of attacks inside Pakistan since 2023" --source S1. /brief help lists every command.',
    });
  });

  it('reads a subcommand typed without its group as that command, not as a brief command that is spelt alike', () => {
    const reply = typed('report F33');
    expect(reply).toMatchObject({ ok: true, command: 'brief ask', note: expect.stringContaining('Did you mean “/fact report”?') });
    expect(JSON.stringify(reply)).not.toContain('import');
  });

  it('lists the subcommands of a group typed alone or with an unknown subcommand', () => {
    expect(typed('/review')).toEqual({
      ok: false,
      message:
        '/review needs a subcommand: /review list [--reason <reason>] [--page <page>] · /review approve <id> [<reason…>] [--expect-version <expect-version>] · /review reject <id> <reason…> [--expect-version <expect-version>] · /review dismiss <id> <reason…> · /review gaps [<show>] [--page <page>]. /brief help lists every command.',
    });
    expect(typed('/alias')).toMatchObject({ ok: false, message: expect.stringContaining('/alias add <entity> <alias…> [--demonym] · /alias remove <alias…>') });
    expect(typed('/alias frobnicate x')).toMatchObject({ ok: false, message: expect.stringContaining('/alias has no subcommand “frobnicate”') });
  });

  it('leaves short words and exact names alone', () => {
    expect(typed('as of 2025 TTP')).toMatchObject({ command: 'brief ask', options: { question: 'as of 2025 TTP' } });
    expect(typed('TTP attacks')).not.toHaveProperty('note');
  });
});
