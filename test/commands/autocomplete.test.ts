import { afterAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../helpers/core';

const core = openTestCore();
afterAll(() => core.cleanup());

describe('autocomplete', () => {
  it('puts the exact entity first and shows which entity an alias stands for', async () => {
    const choices = await core.autocomplete('entity', 'ttp');
    expect(choices[0]).toEqual({ name: 'TTP → Tehreek-e-Taliban Pakistan', value: 'Tehreek-e-Taliban Pakistan' });
  });

  it('completes a prefix and a misspelling', async () => {
    expect((await core.autocomplete('entity', 'Khy')).map((c) => c.value)).toContain('Khyber Pakhtunkhwa');
    expect((await core.autocomplete('entity', 'Tajikstan')).map((c) => c.value)).toContain('Tajikistan');
  });

  it('offers the most cited entities before anything is typed, never more than 25', async () => {
    const choices = await core.autocomplete('entity', '');
    expect(choices[0]?.value).toBe('Afghanistan');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('finds sources by id or title and facts by id or words', async () => {
    expect((await core.autocomplete('source', 's2'))[0]?.value).toBe('S2');
    expect((await core.autocomplete('source', 'Global Terrorism Index')).map((c) => c.value)).toHaveLength(1);
    expect((await core.autocomplete('fact', 'F33'))[0]?.value).toBe('F33');
    expect((await core.autocomplete('fact', 'Darvoz')).map((c) => c.value)).toContain('F40');
  });

  it('keeps every shown name within 100 characters', async () => {
    const choices = await core.autocomplete('fact', 'Taliban');
    expect(choices.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
  });
});
