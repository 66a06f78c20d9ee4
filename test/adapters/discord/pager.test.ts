import { describe, expect, it } from 'vitest';
import { buildPageRow, parseButtonId } from '../../../adapters/discord/buttons';
import { createPager } from '../../../adapters/discord/pager';
import type { Action } from '../../../src/reply';

const pageAction = (command: string, page: number): Extract<Action, { kind: 'page' }> => ({
  kind: 'page',
  label: `Page ${page}`,
  page,
  invocation: { command, options: { page } },
});

describe('Discord paging', () => {
  it('recalls what runs for a page of a remembered listing by its short key', () => {
    const pager = createPager();
    const key = pager.remember([pageAction('brief search', 2)]);
    expect(pager.recall(key, 2)).toEqual({ command: 'brief search', options: { page: 2 } });
    expect(pager.recall(key, 3)).toBeUndefined();
    expect(key.length).toBeLessThanOrEqual(12);
  });

  it('adds the pages of a turned listing under the key it already has', () => {
    const pager = createPager();
    const key = pager.remember([pageAction('brief search', 2)]);
    expect(pager.remember([pageAction('brief search', 1), pageAction('brief search', 3)], key)).toBe(key);
    expect([1, 2, 3].map((page) => pager.recall(key, page)?.options.page)).toEqual([1, 2, 3]);
  });

  it('forgets the least recently used listing beyond its capacity', () => {
    const pager = createPager(2);
    const first = pager.remember([pageAction('a', 2)]);
    const second = pager.remember([pageAction('b', 2)]);
    pager.recall(first, 2);
    pager.remember([pageAction('c', 2)]);
    expect(pager.recall(second, 2)).toBeUndefined();
    expect(pager.recall(first, 2)?.command).toBe('a');
  });

  it('reads back the page a button asks for, and nothing from the page indicator', () => {
    const ids = buildPageRow('k1', { index: 2, total: 3 }).components.map((button) => button.custom_id);
    expect(ids.map(parseButtonId)).toEqual([{ kind: 'page', key: 'k1', index: 1 }, undefined, { kind: 'page', key: 'k1', index: 3 }]);
    expect(parseButtonId('cite:F12')).toEqual({ kind: 'cite', factId: 'F12' });
    expect(parseButtonId('page:k1:0')).toBeUndefined();
  });
});
