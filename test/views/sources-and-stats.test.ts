import { afterAll, describe, expect, it } from 'vitest';
import type { BaseStats } from '../../db/store';
import type { Reply } from '../../src/reply';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { itemsOf, textsOf } from './view-helpers';

const core = await openTestCore();
afterAll(() => core.cleanup());

describe('brief source', () => {
  it('shows a source with the facts citing it, ten a page', async () => {
    const reply = await core.dispatch('brief source', { id: 's1' }, member);
    expect(textsOf(reply).slice(0, 1)).toEqual([
      expect.stringMatching(/^S1 Zalmai Nishat, “Why Afghanistan’s Terrorism Problem Isn’t Going Away”, The National Interest, 2026-02-09/),
    ]);
    expect(textsOf(reply)).toContain('64 facts cite it:');
    expect(factIdsOf(reply)).toHaveLength(10);
    expect(reply.page).toEqual({ index: 1, total: 7 });
    expect(factIdsOf(await core.dispatch('brief source', { id: 'S1', page: 7 }, member))).toHaveLength(4);
  });

  it('shares its view with source show', async () => {
    const [brief, show] = await Promise.all([
      core.dispatch('brief source', { id: 'S1', page: 2 }, member),
      core.dispatch('source show', { id: 'S1', page: 2 }, member),
    ]);
    // The same view and actions; only the page actions differ, each turning the command it came from.
    const pagesRun = (reply: Reply): string[] => (reply.actions ?? []).flatMap((action) => (action.kind === 'page' ? [action.invocation.command] : []));
    const withoutPages = (reply: Reply): Reply => ({ ...reply, actions: reply.actions?.filter((action) => action.kind !== 'page') });
    expect(withoutPages(show)).toEqual(withoutPages(brief));
    expect(pagesRun(brief)).toEqual(['brief source', 'brief source']);
    expect(pagesRun(show)).toEqual(['source show', 'source show']);
  });

  it('shows a reference of the paper as further reading', async () => {
    expect(textsOf(await core.dispatch('brief source', { id: 'S4' }, member))).toContain('No fact cites it yet (further reading).');
  });

  it('names the source id that does not exist', async () => {
    expect(noticesOf(await core.dispatch('brief source', { id: 'S999' }, member)).join(' ')).toMatch(/There is no source S999/);
  });
});

describe('brief sources', () => {
  it('pages through the catalogue with each source’s date and how many facts it backs', async () => {
    const first = await core.dispatch('brief sources', {}, member);
    expect(textsOf(first)).toEqual(['31 sources; those no fact cites are further reading.']);
    expect(first.page).toEqual({ index: 1, total: 2 });
    expect(itemsOf(first)[0]).toMatch(/^S1 .*2026-02-09 https:\/\/nationalinterest\.org — 64 facts$/);
    const second = await core.dispatch('brief sources', { page: 2 }, member);
    expect(itemsOf(second)).toHaveLength(6);
    expect(itemsOf(second).every((item) => item.endsWith('further reading'))).toBe(true);
  });

  it('says so when no source matches the words', async () => {
    expect(noticesOf(await core.dispatch('brief sources', { query: 'zebra' }, member))).toEqual(['No source matches “zebra”.']);
  });
});

describe('brief stats', () => {
  it('counts facts by status, sources, entities and aliases, and names the last change', async () => {
    const stats = (await core.dispatch('brief stats', {}, member)).data as BaseStats;
    expect(stats).toMatchObject({
      facts: { active: 71, pending: 0, retracted: 0, rejected: 0 },
      sources: { active: 31, retracted: 0, furtherReading: 29 },
      entities: 45,
    });
    expect(stats.lastChange).toMatchObject({ command: 'import', platform: 'seed' });
  });

  it('says the base was seeded rather than "import seed data by seed data (seed)"', async () => {
    const fresh = await openTestCore();
    const items = itemsOf(await fresh.dispatch('brief stats', {}, member));
    fresh.cleanup();
    expect(items).toContain('Last change: 2026-11-24 12:00 UTC, the base was seeded from the source documents.');
  });

  it('counts a new suggestion as pending and shows it as the last change', async () => {
    await core.dispatch('fact suggest', { statement: 'Kabul hosted talks in 2026.', quote: 'talks', source: 'S3', period: '2026', entities: 'Kabul' }, member);
    const reply = await core.dispatch('brief stats', {}, moderator);
    expect(itemsOf(reply)).toEqual(
      expect.arrayContaining([
        'Pending suggestions: 1 (/review list).',
        expect.stringMatching(/^Last change: 2026-11-24 12:00 UTC, fact suggest F72 by Member \(discord\)\.$/),
      ]),
    );
  });
});
