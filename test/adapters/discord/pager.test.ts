import { describe, expect, it } from 'vitest';
import { buildPageRow, parseButtonId } from '../../../adapters/discord/buttons';

describe('Discord page buttons', () => {
  it('reads back the page a button asks for, and nothing from the page indicator', () => {
    const ids = buildPageRow('k1', { index: 2, total: 3 }).components.map((button) => button.custom_id);
    expect(ids.map(parseButtonId)).toEqual([{ kind: 'page', key: 'k1', index: 1 }, undefined, { kind: 'page', key: 'k1', index: 3 }]);
    expect(parseButtonId('cite:F12')).toEqual({ kind: 'cite', factId: 'F12' });
    expect(parseButtonId('page:k1:0')).toBeUndefined();
  });
});
