import { describe, expect, it } from 'vitest';
import { buildPageRow, parseButtonId } from '../../adapters/discord/buttons';
import { createPager } from '../../adapters/discord/pager';

describe('Discord paging', () => {
  it('recalls a remembered request by its short key', () => {
    const pager = createPager();
    const key = pager.remember({ command: 'brief search', options: { query: 'TTP' } });
    expect(pager.recall(key)).toEqual({ command: 'brief search', options: { query: 'TTP' } });
    expect(key.length).toBeLessThanOrEqual(12);
  });

  it('forgets the least recently used request beyond its capacity', () => {
    const pager = createPager(2);
    const first = pager.remember({ command: 'a', options: {} });
    const second = pager.remember({ command: 'b', options: {} });
    pager.recall(first);
    pager.remember({ command: 'c', options: {} });
    expect(pager.recall(second)).toBeUndefined();
    expect(pager.recall(first)?.command).toBe('a');
  });

  it('reads back the page a button asks for, and nothing from the page indicator', () => {
    const ids = buildPageRow('k1', { index: 2, total: 3 }).components.map((button) => button.custom_id);
    expect(ids.map(parseButtonId)).toEqual([{ kind: 'page', key: 'k1', index: 1 }, undefined, { kind: 'page', key: 'k1', index: 3 }]);
    expect(parseButtonId('cite:F12')).toEqual({ kind: 'cite', factId: 'F12' });
    expect(parseButtonId('page:k1:0')).toBeUndefined();
  });
});
