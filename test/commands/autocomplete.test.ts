import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DISCORD_LIMITS } from '../../adapters/discord/limits';
import { autocomplete } from '../../src/autocomplete';
import { openCore } from '../../app/core';
import { openFactBase } from '../../src/fact-base';
import { createSilentLogger } from '../../src/logger';
import { createSearcher } from '../../src/search/searcher';
import { TODAY, member, moderator, openTestCore } from '../helpers/core';

// Completions are asked for as many as Discord shows.
const CHOICES = DISCORD_LIMITS.autocompleteChoices;
const core = await openTestCore();
afterAll(() => core.cleanup());

/** Services whose full search fails the test if a completion reaches for it. */
async function openGuardedServices() {
  const base = await openFactBase({ path: ':memory:', now: () => TODAY });
  const searcher = createSearcher(base, () => TODAY);
  const ask = vi.spyOn(searcher, 'ask').mockImplementation(() => {
    throw new Error('a completion ran a full search');
  });
  const suggestEntities = vi.spyOn(searcher, 'suggestEntities');
  return { services: { base, searcher, now: () => TODAY }, ask, suggestEntities, close: () => base.close() };
}

describe('autocomplete', () => {
  it('puts the exact entity first and shows which entity an alias stands for', async () => {
    const choices = await core.autocomplete('entity', 'ttp', member, CHOICES);
    expect(choices[0]).toEqual({ name: 'TTP → Tehreek-e-Taliban Pakistan', value: 'Tehreek-e-Taliban Pakistan' });
  });

  it('completes a prefix and a misspelling', async () => {
    expect((await core.autocomplete('entity', 'Khy', member, CHOICES)).map((c) => c.value)).toContain('Khyber Pakhtunkhwa');
    expect((await core.autocomplete('entity', 'Tajikstan', member, CHOICES)).map((c) => c.value)).toContain('Tajikistan');
  });

  it('offers the most cited entities before anything is typed, never more than 25', async () => {
    const choices = await core.autocomplete('entity', '', member, CHOICES);
    expect(choices[0]?.value).toBe('Afghanistan');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('gives no more completions than the asking platform shows', async () => {
    expect(await core.autocomplete('entity', '', member, 3)).toHaveLength(3);
    expect(await core.autocomplete('fact', 'F1', member, 2)).toHaveLength(2);
  });

  it('finds sources by id or title and facts by id or words', async () => {
    expect((await core.autocomplete('source', 's2', member, CHOICES))[0]?.value).toBe('S2');
    expect((await core.autocomplete('source', 'Global Terrorism Index', member, CHOICES)).map((c) => c.value)).toHaveLength(1);
    expect((await core.autocomplete('fact', 'F33', member, CHOICES))[0]?.value).toBe('F33');
    expect((await core.autocomplete('fact', 'Darvoz', member, CHOICES)).map((c) => c.value)).toContain('F40');
  });

  it('completes a fact id prefix with that id, then the ids it begins, shortest first', async () => {
    const values = (await core.autocomplete('fact', 'F1', member, CHOICES)).map((c) => c.value);
    expect(values).toEqual(['F1', 'F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19']);
    expect((await core.autocomplete('fact', '7', member, CHOICES)).map((c) => c.value)).toEqual(['F7', 'F70', 'F71']);
    expect(await core.autocomplete('fact', 'F0', member, CHOICES)).toEqual([]);
  });

  it('keeps every shown name within 100 characters', async () => {
    const choices = await core.autocomplete('fact', 'Taliban', member, CHOICES);
    expect(choices.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
  });

  it('matches fact statements without a full search, and reads at most 100 typed characters', async () => {
    const guarded = await openGuardedServices();
    try {
      const long = `Darvoz ${'attack '.repeat(900)}`;
      expect((await autocomplete(guarded.services, 'fact', long, CHOICES)).map((c) => c.value)).toContain('F40');
      expect(guarded.ask).not.toHaveBeenCalled();
      await autocomplete(guarded.services, 'entity', `Tajik${'x'.repeat(6000)}`, CHOICES);
      expect(guarded.suggestEntities.mock.calls.every(([typed]) => typed.length <= 100)).toBe(true);
    } finally {
      await guarded.close();
    }
  });

  it('answers no choices once a person is over the completion limit, without touching anyone else’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-autocomplete-'));
    const limited = await openCore({
      databasePath: join(dir, 'briefbot.db'),
      logger: createSilentLogger(),
      now: () => TODAY,
      rateLimits: { queriesPerMinute: 30, writesPerMinute: 10, moderatorWritesPerMinute: 60, autocompletesPerMinute: 3 },
    });
    try {
      const fast = { ...member, userId: 'U-typist' };
      for (let i = 0; i < 3; i++) expect(await limited.autocomplete('fact', 'F3', fast, CHOICES)).not.toEqual([]);
      expect(await limited.autocomplete('fact', 'F3', fast, CHOICES)).toEqual([]);
      expect(await limited.autocomplete('fact', 'F3', { ...member, userId: 'U-other' }, CHOICES)).not.toEqual([]);
      expect(await limited.dispatch('brief fact', { id: 'F3' }, fast)).toMatchObject({ title: 'F3' });
      expect(await limited.autocomplete('fact', 'F3', moderator, CHOICES)).not.toEqual([]);
    } finally {
      await limited.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const typoBase = await openFactBase({ path: ':memory:', now: () => TODAY });
afterAll(() => typoBase.close());

describe('typo suggestions for entity names', () => {
  const searcher = createSearcher(typoBase, () => TODAY);

  it('still finds the name behind a misspelling', async () => {
    expect(await searcher.suggestEntities('Tajikstan', 5)).toContain('Tajikistan');
  });

  it('offers no names for text far longer than any name', async () => {
    expect(await searcher.suggestEntities(`${'border attacks '.repeat(4)}Tajikstan`, 5)).toEqual([]);
  });
});
