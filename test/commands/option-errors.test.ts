import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
afterAll(() => core.cleanup());

const slackModerator: Caller = { platform: 'slack', userId: 'U1', displayName: 'Mod', isModerator: true };
const discordModerator: Caller = { ...slackModerator, platform: 'discord' };

async function refuse(name: string, options: Record<string, unknown>, caller: Caller = slackModerator) {
  const reply = await core.dispatch(name, options, caller);
  return { text: noticesOf(reply).join(' '), error: reply.error };
}

describe('a missing or malformed option', () => {
  it.each([
    ['brief ask', {}, '/brief ask needs a question. Example: /brief ask "length of the Tajik border"', ['question']],
    ['brief fact', {}, '/brief fact needs an id. Example: /brief fact F3', ['id']],
    ['brief timeline', {}, '/brief timeline needs a topic. Example: /brief timeline TTP --from 2025', ['topic']],
    ['review reject', { id: 'F74' }, '/review reject needs a reason. Example: /review reject F80 "quote not in the source"', ['reason']],
    ['fact retract', { id: 'F33' }, '/fact retract needs a reason. Example: /fact retract F33 "duplicate of F12"', ['reason']],
    [
      'fact edit',
      { id: 'F33', statement: 'x' },
      '/fact edit needs a reason (--reason). Example: /fact edit F33 --reason "typo in the figure" --statement "Tajikistan shares a 1,357 km border with Afghanistan"',
      ['reason'],
    ],
    ['brief search', { query: 'madrassas', page: 'abc' }, '“page” must be a whole number (got “abc”). Example: /brief search madrassas --page 2', ['page']],
  ])('%s names the option, what it needs and one example', async (name, options, message, fields) => {
    const { text, error } = await refuse(name, options);
    expect(text).toBe(message);
    expect(error).toEqual({ identifier: 'invalid-options', field: fields[0] });
  });

  it('lists every missing option at once', async () => {
    const { text, error } = await refuse('alias add', {});
    expect(text).toBe('/alias add needs an entity and an alias. Example: /alias add Tajikistan Tadzhikistan');
    expect(error).toMatchObject({ identifier: 'invalid-options', field: 'entity' });
    expect(Object.keys(error?.fields ?? {})).toEqual(['entity', 'alias']);
  });

  it('writes the example as Discord types options', async () => {
    const { text } = await refuse('fact retract', { id: 'F33' }, discordModerator);
    expect(text).toBe('/fact retract needs a reason. Example: /fact retract id:F33 reason:duplicate of F12');
  });

  it('writes the example as the shell types it on the CLI', async () => {
    const { text } = await refuse('brief fact', {}, { ...moderator, platform: 'cli' });
    expect(text).toBe('fact needs an id. Example: npm run --silent briefbot -- fact F3');
  });

  it('keeps other refusals as they were, with their identifier', async () => {
    const reply = await core.dispatch('brief fact', { id: 'F9999' }, member);
    expect(reply.outcome).toBe('refused');
    expect(reply.error).toEqual({ identifier: 'unknown-fact' });
    expect(reply.data).toBeUndefined();
  });
});

describe('an option left out that says what it is', () => {
  it.each([
    ['fact add', { quote: 'q', source: 'S1' }, '“statement” is required: the claim in plain words.', ['statement']],
    ['fact suggest', { quote: 'q', source: 'S1' }, '“statement” is required: the claim in plain words.', ['statement']],
    ['source add', { title: 'A report' }, '“url” is required: an http:// or https:// address where readers find the source.', ['url']],
    [
      'source add',
      {},
      '“title” is required: the title of the work. “url” is required: an http:// or https:// address where readers find the source.',
      ['title', 'url'],
    ],
  ])('%s says so in its own words, then gives the example %#', async (name, options, sentences, fields) => {
    const { text, error } = await refuse(name, options);
    expect(text).toBe(
      `${sentences} Example: /${name} --${name === 'source add' ? 'title "Annual report 2025" --url https://example.org/report' : 'statement "The TTP has attacked Pakistan hundreds of times since 2023" --quote "hundreds of attacks inside Pakistan since 2023" --source S1'}`,
    );
    expect(error).toMatchObject({ identifier: 'invalid-options', field: fields[0] });
    expect(error?.fields ? Object.keys(error.fields) : [error?.field]).toEqual(fields);
  });
});

describe('a rule between options', () => {
  const fact = { statement: 'A claim.', quote: 'a claim' };
  it.each([
    [
      'fact add',
      { ...fact, source: 'S1', 'source-title': 'A report' },
      'Give either “source” (an existing source id) or “source-title” for a new source, not both.',
      'source',
    ],
    [
      'fact suggest',
      { ...fact, 'source-title': 'A report' },
      'A new source needs “source-url” (an http:// or https:// address) as well as its title.',
      'source-url',
    ],
    [
      'fact add',
      { statement: 'A claim.', from: 'S1:0-10', 'source-title': 'A report' },
      '--from S1:… already names the source; leave out --source and --source-title.',
      'from',
    ],
    [
      'fact add',
      { statement: 'A claim.', from: 'S1:0-10', source: 'S2' },
      '--from S1:… already names the source; leave out --source and --source-title.',
      'from',
    ],
    [
      'fact edit',
      { id: 'F1', reason: 'typo', from: 'S1:0-10', quote: 'x' },
      'Give either --quote or --from S1:start-end (the quote taken from the stored text), not both.',
      'quote',
    ],
    ['fact edit', { id: 'F1', reason: 'typo' }, 'Nothing to change: give at least one of --statement, --quote, --source, --period, --entities.', undefined],
    [
      'source edit',
      { id: 'S1', reason: 'typo' },
      'Nothing to change: give at least one of --title, --url, --publisher, --author, --date, --kind, --notes.',
      undefined,
    ],
    [
      'source add',
      { title: 'A report', url: 'https://example.org/a', file: 'a.txt', text: 'Its text.' },
      'Give the text either as --file (a file) or as --text (pasted), not both.',
      undefined,
    ],
  ])('%s refuses with the rule’s own sentence and an example %#', async (name, options, sentence, field) => {
    const before = snapshotTables(core.base);
    const { text, error } = await refuse(name, options);
    expect(text).toMatch(new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Example: /${name} `));
    expect(error?.identifier).toBe('invalid-options');
    expect(error?.field).toBe(field);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('lets a passage name the source it quotes', async () => {
    const { text } = await refuse('fact add', { statement: 'A claim.', from: 'S1:0-10', source: 'S1' });
    expect(text).not.toMatch(/already names the source/);
  });
});
