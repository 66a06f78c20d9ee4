import { describe, expect, it } from 'vitest';
import { parseSlashCommand } from '../../../adapters/slack/parse-slash-command';
import { splitCommandText } from '../../../adapters/text-command/split-words';
import { commandSpecs } from '../../../commands';
import type { CommandSpec } from '../../../src/command-spec';

// The real command definitions: the parsing and buttons are tested on what users will type.
const specs: readonly CommandSpec[] = commandSpecs;

describe('Slack slash command parsing', () => {
  it('asks when /brief is followed by a question', () => {
    expect(parseSlashCommand('/brief', 'TTP attacks in 2025', specs)).toEqual({ ok: true, command: 'brief ask', options: { question: 'TTP attacks in 2025' } });
  });

  it('keeps apostrophes in a question as letters', () => {
    expect(parseSlashCommand('/brief', "what's the TTP's strength in the fighters' camps", specs)).toEqual({
      ok: true,
      command: 'brief ask',
      options: { question: "what's the TTP's strength in the fighters' camps" },
    });
  });

  it('runs a subcommand named by the first word', () => {
    expect(parseSlashCommand('/brief', 'search Tajik border', specs)).toEqual({ ok: true, command: 'brief search', options: { query: 'Tajik border' } });
  });

  it('reads a moderation command with quoted multi-word options', () => {
    expect(parseSlashCommand('/fact', `add --statement "The group has 42 fighters" --quote 'they're "42" strong' --period=2023..`, specs)).toEqual({
      ok: true,
      command: 'fact add',
      options: { statement: 'The group has 42 fighters', quote: `they're "42" strong`, period: '2023..' },
    });
  });

  it('accepts the curly quotes phones type', () => {
    expect(parseSlashCommand('/fact', 'add --statement “Two words” --quote „Three more words”', specs)).toMatchObject({
      options: { statement: 'Two words', quote: 'Three more words' },
    });
  });

  it('turns the entities Slack sends back into the characters typed', () => {
    expect(parseSlashCommand('/brief', 'search a &lt;b&gt; &amp; &amp;lt;', specs)).toMatchObject({ options: { query: 'a <b> & &lt;' } });
  });

  it('shows help for a bare command', () => {
    expect(parseSlashCommand('/brief', '  ', specs)).toEqual({ ok: true, command: 'brief help', options: {} });
  });

  it('gives a bare /fact add no options, so the adapter can offer a form', () => {
    expect(parseSlashCommand('/fact', 'add', specs)).toEqual({ ok: true, command: 'fact add', options: {} });
  });

  it('says what is wrong with an unknown option', () => {
    const parsed = parseSlashCommand('/fact', 'add --colour red', specs);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("'--colour'");
  });

  it('splits on any whitespace and keeps an empty quoted word', () => {
    expect(splitCommandText('a\tb\n"" c')).toEqual(['a', 'b', '', 'c']);
  });
});
