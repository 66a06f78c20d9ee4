import { afterAll, describe, expect, it } from 'vitest';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { textsOf } from './view-helpers';

const core = await openTestCore();
afterAll(() => core.cleanup());

const timeline = (options: Record<string, unknown>) => core.dispatch('brief timeline', options, member);

describe('brief timeline', () => {
  it('lists the dated TTP facts in order under year headings and counts the undated ones', async () => {
    const reply = await timeline({ topic: 'TTP' });
    expect(factIdsOf(reply)).toEqual(['F23', 'F25', 'F26', 'F28']);
    expect(textsOf(reply)).toEqual([
      expect.stringMatching(/Tehreek-e-Taliban Pakistan: 4 dated facts, 2023 to 2025, by year\. Left out: 3 undated facts/),
      '2023',
      '2025',
    ]);
    expect(reply.data).toMatchObject({ granularity: 'year', dated: 4, undated: 3 });
  });

  it('groups a span of months by month, keeping each date as the source gives it', async () => {
    const reply = await timeline({ topic: 'Tajikistan' });
    expect(textsOf(reply).slice(1)).toEqual(['2025-11', '2025-12', '2026-02']);
    expect(factIdsOf(reply)).toEqual(['F37', 'F38', 'F39', 'F40', 'F34', 'F35', 'F36', 'F57']);
  });

  it('finds the entity through an alias', async () => {
    expect(factIdsOf(await timeline({ topic: 'Pakistani Taliban' }))).toEqual(['F23', 'F25', 'F26', 'F28']);
  });

  it('keeps to the range asked for, ongoing facts up to their source’s date', async () => {
    expect(factIdsOf(await timeline({ topic: 'Tajikistan', from: '2025-12', to: '2025-12' }))).toEqual(['F34', 'F35', 'F36']);
    expect(factIdsOf(await timeline({ topic: 'TTP', to: '2024' }))).toEqual(['F23']);
  });

  it('says plainly when the range holds nothing, and where the facts do lie', async () => {
    const reply = await timeline({ topic: 'TTP', from: '2030' });
    expect(factIdsOf(reply)).toEqual([]);
    expect(noticesOf(reply).join(' ')).toMatch(
      /No dated fact about Tehreek-e-Taliban Pakistan from 2030\. Its dated facts run from 2023 to 2025\. 3 undated facts/,
    );
  });

  it('falls back to a topic search for words that name no entity', async () => {
    expect(factIdsOf(await timeline({ topic: 'madrassas' }))).toEqual(['F6', 'F7', 'F8', 'F9']);
  });

  it('offers close names for a misspelt entity instead of guessing', async () => {
    expect(noticesOf(await timeline({ topic: 'Tajikstan' })).join(' ')).toMatch(/No entity is called “Tajikstan”.*Did you mean: Tajikistan/);
  });

  it('refuses words nothing answers, naming topics the base covers', async () => {
    expect(noticesOf(await timeline({ topic: 'zebra husbandry' })).join(' ')).toMatch(
      /no fact answers it as a topic\. The base covers: .*Afghanistan.*\. To find facts that mention the words, search: /,
    );
  });

  it.each([
    [{ topic: 'TTP', from: 'last year' }, /“from” must be a date written YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ topic: 'TTP', from: '2026', to: '2025' }, /“to” must not be before “from”/],
    [{ topic: '' }, /“topic” must not be empty/],
    [{ topic: 'TTP', page: 0 }, /“page” must be 1 or more/],
  ])('refuses bad options with what to type instead %#', async (options, message) => {
    expect(noticesOf(await timeline(options)).join(' ')).toMatch(message);
  });

  it('pages through a long timeline, heading a group cut by a page break as continued', async () => {
    const first = await timeline({ topic: 'Afghanistan' });
    const { total } = first.page!;
    const pages = [first, ...(await Promise.all(Array.from({ length: total - 1 }, (_, at) => timeline({ topic: 'Afghanistan', page: at + 2 }))))];
    const ids = pages.flatMap(factIdsOf);
    expect(ids).toHaveLength((first.data as { dated: number }).dated);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.every((page) => factIdsOf(page).length <= 10)).toBe(true);
    expect(pages.slice(1).some((page) => /\(continued\)$/.test(textsOf(page)[1]!))).toBe(true);
    expect(noticesOf(await timeline({ topic: 'Afghanistan', page: total + 1 })).join(' ')).toMatch(new RegExp(`has ${total} page`));
  });
});

const changed = await openTestCore();
afterAll(() => changed.cleanup());

describe('brief timeline after a fact dated only to a year is added', () => {
  it('heads a year-only fact with its year in a monthly timeline rather than inventing a month', async () => {
    await changed.dispatch(
      'fact add',
      {
        statement: 'Tajikistan reported more border incidents in 2025 than in any year before.',
        quote: 'more border incidents in 2025',
        source: 'S3',
        period: '2025',
        entities: 'Tajikistan',
      },
      moderator,
    );
    const reply = await changed.dispatch('brief timeline', { topic: 'Tajikistan' }, member);
    expect(textsOf(reply).slice(1)).toEqual(['2025 (month not given)', '2025-11', '2025-12', '2026-02']);
  });
});
