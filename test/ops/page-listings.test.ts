import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { LISTING_LIFETIME_MS, type PageAction, createPageListings } from '../../src/page-listings';
import { noticesOf } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const pageAction = (command: string, page: number): PageAction => ({ kind: 'page', label: `Page ${page}`, page, invocation: { command, options: { page } } });

const base = await openFactBase({ path: ':memory:' });
afterAll(() => base.close());
let now = new Date('2026-11-24T12:00:00Z');
const listings = createPageListings(base.listingPages, () => now);

describe('page listings', () => {
  it('recall what runs for a page of a remembered listing by its short key', async () => {
    const key = (await listings.remember([pageAction('brief search', 2)]))!;
    expect(await listings.recall(key, 2)).toEqual({ invocation: { command: 'brief search', options: { page: 2 } } });
    expect(key.length).toBeLessThanOrEqual(12);
    const unknownPage = await listings.recall(key, 3);
    expect('reply' in unknownPage && noticesOf(unknownPage.reply)).toEqual([expect.stringMatching(/^These pages have expired/)]);
  });

  it('add the pages of a turned listing under the key it already has', async () => {
    const key = (await listings.remember([pageAction('brief search', 2)]))!;
    expect(await listings.remember([pageAction('brief search', 1), pageAction('brief search', 3)], key)).toBe(key);
    const pages = await Promise.all([1, 2, 3].map((page) => listings.recall(key, page)));
    expect(pages.map((found) => ('invocation' in found ? found.invocation.options.page : undefined))).toEqual([1, 2, 3]);
  });

  it('keep a listing for a week after it was last turned, then forget it and delete its rows', async () => {
    const key = (await listings.remember([pageAction('brief timeline', 2)]))!;
    now = new Date(now.getTime() + LISTING_LIFETIME_MS - 1000);
    await listings.remember([pageAction('brief timeline', 1)], key);
    now = new Date(now.getTime() + LISTING_LIFETIME_MS - 1000);
    expect('invocation' in (await listings.recall(key, 2))).toBe(true);
    now = new Date(now.getTime() + 2000);
    expect('reply' in (await listings.recall(key, 2))).toBe(true);
    await listings.remember([pageAction('brief search', 2)]);
    expect(rowsOf(base).prepare(`SELECT count(*) FROM listing_pages WHERE listing_key = ?`).pluck().get(key)).toBe(0);
  });
});
