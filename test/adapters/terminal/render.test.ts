import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/terminal/render';
import type { Reply } from '../../../src/reply';

const paged = (index: number, total: number): Reply => ({
  outcome: 'ok',
  visibility: 'private',
  blocks: [{ kind: 'text', text: 'facts' }],
  page: { index, total },
});

describe('terminal pages', () => {
  it('invites the next page only while there is one', () => {
    expect(renderReply(paged(1, 6))).toBe('facts\n\nPage 1 of 6: add --page 2 for the next.');
    expect(renderReply(paged(6, 6))).toBe('facts\n\nPage 6 of 6, the last.');
  });

  it('says nothing about pages for a single page', () => {
    expect(renderReply(paged(1, 1))).toBe('facts');
  });
});
