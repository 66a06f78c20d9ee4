import type { AutocompleteInteraction } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AutocompleteSource, createAutocompleteHandler } from '../../../adapters/discord/autocomplete';
import { DISCORD_LIMITS } from '../../../adapters/discord/limits';
import type { CommandSpec } from '../../../src/command-spec';
import { createSilentLogger } from '../../../src/logger';

const specs: CommandSpec[] = [
  {
    group: 'fact',
    name: 'add',
    description: 'Add',
    access: 'moderator',
    options: [{ name: 'entities', description: 'Names', type: 'string', required: false, autocomplete: 'entity' }],
    accepts: () => true,
  },
];

const NO_MODERATION = { guildIds: [], roleIds: [] };

// Only the parts of an autocomplete interaction the handler reads: who, the typed value and respond().
function fakeInteraction(typed: string) {
  const respond = vi.fn(async (_choices: unknown) => undefined);
  const option = { name: 'entities', type: 3, value: typed, focused: true };
  const interaction = {
    user: { id: '1400000000000000001', displayName: 'Reader' },
    guildId: '1300000000000000001',
    channelId: '1100000000000000001',
    member: null,
    memberPermissions: null,
    commandName: 'fact',
    options: { data: [{ name: 'add', type: 1, options: [option] }], getFocused: () => option },
    respond,
  } as unknown as AutocompleteInteraction;
  return { interaction, respond };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Discord autocomplete', () => {
  it('offers at most 25 choices', async () => {
    const many: AutocompleteSource = async () => Array.from({ length: 40 }, (_, index) => ({ name: `Entity ${index}`, value: `Entity ${index}` }));
    const { interaction, respond } = fakeInteraction('Ent');
    await createAutocompleteHandler({ specs, autocomplete: many, logger: createSilentLogger(), moderation: NO_MODERATION })(interaction);
    expect(respond.mock.calls[0]?.[0]).toHaveLength(25);
  });

  it('answers with no choices rather than late when the source is slow', async () => {
    vi.useFakeTimers();
    const never: AutocompleteSource = () => new Promise(() => undefined);
    const { interaction, respond } = fakeInteraction('Paki');
    const handled = createAutocompleteHandler({ specs, autocomplete: never, logger: createSilentLogger(), moderation: NO_MODERATION })(interaction);
    await vi.advanceTimersByTimeAsync(2500);
    await handled;
    expect(respond).toHaveBeenCalledWith([]);
  });

  it('hands the source at most 100 characters of what was typed, however much arrives', async () => {
    const source = vi.fn<AutocompleteSource>(async () => []);
    const { interaction } = fakeInteraction(`Tajikistan${'x'.repeat(6000)}`);
    await createAutocompleteHandler({ specs, autocomplete: source, logger: createSilentLogger(), moderation: NO_MODERATION })(interaction);
    expect(source.mock.calls[0]?.[1]).toHaveLength(100);
  });

  it('completes only the last of comma-separated names, asking the source for that name alone', async () => {
    const source = vi.fn<AutocompleteSource>(async () => [{ name: 'Pakistan', value: 'Pakistan' }]);
    const { interaction, respond } = fakeInteraction('Tajikistan,Paki');
    await createAutocompleteHandler({ specs, autocomplete: source, logger: createSilentLogger(), moderation: NO_MODERATION })(interaction);
    expect(source).toHaveBeenCalledWith(
      'entity',
      'Paki',
      expect.objectContaining({ platform: 'discord', userId: '1400000000000000001' }),
      DISCORD_LIMITS.autocompleteChoices,
    );
    expect(respond).toHaveBeenCalledWith([{ name: 'Tajikistan, Pakistan', value: 'Tajikistan, Pakistan' }]);
  });
});
