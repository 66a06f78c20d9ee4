import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';

const core = openTestCore();
afterAll(() => core.cleanup());

const slackModerator: Caller = { platform: 'slack', userId: 'U1', displayName: 'Mod', isModerator: true };
const discordModerator: Caller = { ...slackModerator, platform: 'discord' };

async function refuse(name: string, options: Record<string, unknown>, caller: Caller = slackModerator) {
  const reply = await core.dispatch(name, options, caller);
  expect(reply.outcome).toBe('refused');
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
