import { afterAll, describe, expect, it } from 'vitest';
import type { EntityProfile } from '../../src/views/entity-profile';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { itemsOf, textsOf } from './view-helpers';

const core = await openTestCore();
afterAll(() => core.cleanup());

const profileOf = (name: string) => core.dispatch('brief entity', { name }, member);

describe('brief entity', () => {
  it('names Tajikistan’s kind, aliases and demonyms and counts its facts and sources', async () => {
    const reply = await profileOf('Tajikistan');
    expect(textsOf(reply)[0]).toMatch(
      /^Tajikistan \(country\); also called Tadzhikistan, Tadjikistan, Republic of Tajikistan, Tojikiston, TJK; named in questions as Tajik/,
    );
    expect(textsOf(reply)[1]).toBe('13 facts (8 dated) from 1 source.');
  });

  it('shows the latest dated facts, newest first, as full fact blocks', async () => {
    expect(factIdsOf(await profileOf('Tajikistan'))).toEqual(['F57', 'F36', 'F35']);
  });

  it('lists key figures as the source states them, the 1,357 km border first, each with its citation', async () => {
    const data = (await profileOf('Tajikistan')).data as EntityProfile;
    expect(data.keyFigures[0]).toMatchObject({ figure: '1,357', metric: 'length', fact: { id: 'F33' } });
    const figures = itemsOf(await profileOf('Tajikistan')).filter((item) => /^\S+ \((length|fatalities|percent|count)\)/.test(item));
    expect(figures[0]).toMatch(/^1,357 \(length\): Tajikistan shares a 1,357-kilometer .* — F33; The National Interest, 2026-02-09 \[S1\]$/);
  });

  it('lists the entities that share most facts with it, with their sources', async () => {
    const data = (await profileOf('Tajikistan')).data as EntityProfile;
    expect(data.related[0]).toEqual({ name: 'Afghanistan', facts: 12, sourceIds: ['S1'] });
    expect(itemsOf(await profileOf('Tajikistan'))).toContain('Afghanistan: 12 shared facts [S1]');
  });

  it('cites a source on every line that states a fact', async () => {
    const lines = itemsOf(await profileOf('Pakistan'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => /\[S\d+(, S\d+)*(, …)?\]$/.test(line))).toBe(true);
  });

  it('finds the entity through an alias', async () => {
    expect(textsOf(await profileOf('TTP'))[0]).toMatch(/^Tehreek-e-Taliban Pakistan \(group\)/);
    expect(textsOf(await profileOf('Tadzhikistan'))[0]).toMatch(/^Tajikistan \(country\)/);
  });

  it('offers close names for a misspelt name', async () => {
    expect(noticesOf(await profileOf('Tajikstan')).join(' ')).toMatch(/No entity in the fact base is called “Tajikstan”\. Did you mean: Tajikistan\?/);
  });

  it('says how to search when nothing is close, offering no unrelated names', async () => {
    expect(noticesOf(await profileOf('Narnia')).join(' ')).toBe(
      'No entity in the fact base is called “Narnia”. To find facts that mention the words, search: /brief search query:Narnia. The option completes the names the base knows as you type.',
    );
  });

  it('mentions completion only where the platform has it', async () => {
    const onSlack = await core.dispatch('brief entity', { name: 'Narnia' }, { ...member, platform: 'slack' });
    expect(noticesOf(onSlack).join(' ')).toBe(
      'No entity in the fact base is called “Narnia”. To find facts that mention the words, search: /brief search Narnia.',
    );
  });
});

const changed = await openTestCore();
afterAll(() => changed.cleanup());

describe('brief entity for an entity whose facts were all retracted', () => {
  it('still shows its names and says it has no usable fact', async () => {
    for (const id of ['F54', 'F55']) await changed.dispatch('fact retract', { id, reason: 'test' }, moderator);
    const reply = await changed.dispatch('brief entity', { name: 'Robert Gates' }, member);
    expect(textsOf(reply)).toEqual([
      expect.stringMatching(/^Robert Gates \(person\); also called Robert M\. Gates, Bob Gates/),
      '0 facts (0 dated) from 0 sources.',
    ]);
    expect(noticesOf(reply)).toEqual(['No usable fact is tagged with Robert Gates yet.']);
  });
});
