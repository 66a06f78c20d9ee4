import type { AutocompleteInteraction } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AutocompleteSource, createAutocompleteHandler } from '../../adapters/discord/autocomplete';
import type { CommandSpec } from '../../src/command-spec';
import { createSilentLogger } from '../../src/logger';

const specs: CommandSpec[] = [
  { group: 'fact', name: 'add', description: 'Add', access: 'moderator', options: [{ name: 'entities', description: 'Names', type: 'string', required: false, autocomplete: 'entity' }] },
];

// Only the parts of an autocomplete interaction the handler reads: the typed value and respond().
function fakeInteraction(typed: string) {
  const respond = vi.fn(async (_choices: unknown) => undefined);
  const option = { name: 'entities', type: 3, value: typed, focused: true };
  const interaction = {
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
    await createAutocompleteHandler({ specs, autocomplete: many, logger: createSilentLogger() })(interaction);
    expect(respond.mock.calls[0]?.[0]).toHaveLength(25);
  });

  it('answers with no choices rather than late when the source is slow', async () => {
    vi.useFakeTimers();
    const never: AutocompleteSource = () => new Promise(() => undefined);
    const { interaction, respond } = fakeInteraction('Paki');
    const handled = createAutocompleteHandler({ specs, autocomplete: never, logger: createSilentLogger() })(interaction);
    await vi.advanceTimersByTimeAsync(2500);
    await handled;
    expect(respond).toHaveBeenCalledWith([]);
  });

  it('completes only the last of comma-separated names, asking the source for that name alone', async () => {
    const source = vi.fn<AutocompleteSource>(async () => [{ name: 'Pakistan', value: 'Pakistan' }]);
    const { interaction, respond } = fakeInteraction('Tajikistan,Paki');
    await createAutocompleteHandler({ specs, autocomplete: source, logger: createSilentLogger() })(interaction);
    expect(source).toHaveBeenCalledWith('entity', 'Paki');
    expect(respond).toHaveBeenCalledWith([{ name: 'Tajikistan, Pakistan', value: 'Tajikistan, Pakistan' }]);
  });
});
