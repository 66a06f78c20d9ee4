import { describe, expect, it } from 'vitest';
import { toCommandJson } from '../../../adapters/discord/command-json';
import { DISCORD_LIMITS as LIMITS } from '../../../adapters/discord/limits';
import type { CommandSpec } from '../../../src/command-spec';
import { member, noticesOf, openTestCore } from '../../helpers/core';

const spec = (overrides: Partial<CommandSpec>): CommandSpec => ({
  group: 'brief',
  name: 'ask',
  description: 'Ask',
  access: 'anyone',
  options: [],
  accepts: () => true,
  ...overrides,
});

describe('Discord command JSON', () => {
  it('makes one slash command per group with one subcommand per command', () => {
    const json = toCommandJson([spec({ name: 'ask' }), spec({ name: 'search' }), spec({ group: 'review', name: 'list', access: 'moderator' })]);
    expect(json.map((command) => [command.name, command.options?.map((option) => [option.type, option.name])])).toEqual([
      [
        'brief',
        [
          [1, 'ask'],
          [1, 'search'],
        ],
      ],
      ['review', [[1, 'list']]],
    ]);
  });

  it('types options as string, integer or boolean, marks completions and puts required options first', () => {
    const [command] = toCommandJson([
      spec({
        options: [
          { name: 'page', description: 'Page', type: 'integer', required: false },
          { name: 'public', description: 'Public', type: 'boolean', required: false },
          { name: 'entity', description: 'Entity', type: 'string', required: true, autocomplete: 'entity' },
        ],
      }),
    ]);
    expect(command?.options?.[0]).toMatchObject({
      options: [
        { type: 3, name: 'entity', required: true, autocomplete: true },
        { type: 4, name: 'page', required: false },
        { type: 5, name: 'public', required: false },
      ],
    });
  });

  it('shows groups whose every command is for moderators only to Manage Messages by default, and keeps mixed groups visible', () => {
    const json = toCommandJson([
      spec({ group: 'fact', name: 'add', access: 'moderator' }),
      spec({ group: 'fact', name: 'suggest', access: 'anyone' }),
      spec({ group: 'review', name: 'approve', access: 'moderator' }),
    ]);
    expect(json.map((command) => [command.name, command.default_member_permissions])).toEqual([
      ['fact', null],
      ['review', '8192'],
    ]);
  });

  it('offers groups holding any moderator command only in servers that installed the bot', () => {
    const json = toCommandJson([
      spec({ name: 'ask' }),
      spec({ group: 'fact', name: 'add', access: 'moderator' }),
      spec({ group: 'fact', name: 'suggest', access: 'anyone' }),
    ]);
    const placement = json.map((command) => [command.name, command.contexts, command.integration_types]);
    expect(placement).toEqual([
      ['brief', undefined, undefined],
      ['fact', [0], [0]],
    ]);
  });

  it('declares each string option’s max_length from the limit the core’s schema enforces', async () => {
    const core = await openTestCore();
    try {
      const brief = toCommandJson(core.specs).find((command) => command.name === 'brief');
      const ask = brief?.options?.find((option) => option.name === 'ask') as { options: { name: string; max_length?: number }[] };
      const limit = ask.options.find((option) => option.name === 'question')?.max_length ?? 0;
      expect(limit).toBeGreaterThan(0);
      const atLimit = await core.dispatch('brief ask', { question: `Tajik border ${'x'.repeat(limit - 13)}` }, member);
      expect(noticesOf(atLimit).join(' ')).not.toMatch(/at most/);
      const overLimit = await core.dispatch('brief ask', { question: 'x'.repeat(limit + 1) }, member);
      expect(noticesOf(overLimit).join(' ')).toMatch(new RegExp(`at most ${limit} characters`));
    } finally {
      await core.cleanup();
    }
  });

  it('declares id options as short as the core reads them, and the core refuses a longer one once', async () => {
    const core = await openTestCore();
    try {
      const fact = core.specs.find((spec) => spec.group === 'brief' && spec.name === 'fact');
      const limit = fact?.options.find((option) => option.name === 'id')?.maxLength ?? 0;
      expect(limit).toBe('F2147483647'.length);
      const text = noticesOf(await core.dispatch('brief fact', { id: `F${'1'.repeat(limit)}` }, member)).join(' ');
      expect(text.match(/must be a fact id such as F12/g)).toHaveLength(1);
    } finally {
      await core.cleanup();
    }
  });

  it('leaves out commands offered only on other platforms', () => {
    const json = toCommandJson([spec({ name: 'ask' }), spec({ name: 'export', platforms: ['terminal', 'cli'] })]);
    expect(json[0]?.options?.map((option) => option.name)).toEqual(['ask']);
  });

  it('refuses a name Discord would reject, naming the command', () => {
    expect(() => toCommandJson([spec({ name: 'Ask Now' })])).toThrow(/“Ask Now” is not a valid Discord name/);
  });

  it('fits every real command into Discord’s rules', async () => {
    const core = await openTestCore();
    try {
      const json = toCommandJson(core.specs);
      const names = json.flatMap((command) => [
        command.name,
        ...(command.options ?? []).flatMap((sub) => [sub.name, ...('options' in sub ? (sub.options ?? []).map((option) => option.name) : [])]),
      ]);
      for (const name of names) expect(name).toMatch(/^[-_'\p{Ll}\p{N}]{1,32}$/u);
      const descriptions = json.flatMap((command) => [command.description, ...(command.options ?? []).map((sub) => sub.description)]);
      for (const description of descriptions) expect(description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
      expect(json.map((command) => command.name)).toEqual(expect.arrayContaining(['brief', 'fact']));
    } finally {
      await core.cleanup();
    }
  });
});
