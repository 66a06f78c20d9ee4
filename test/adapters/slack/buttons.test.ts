import { describe, expect, it } from 'vitest';
import { decodeInvocation, deliveryOf, encodeInvocation, planButtons } from '../../../adapters/slack/buttons';
import type { Action, Reply } from '../../../src/reply';
import { citeActionFor, reportActionFor } from '../../../src/reply-actions';

const search = (page: number) => ({ command: 'brief search', options: { query: 'TTP', page } });
const actions: Action[] = [
  { kind: 'page', label: '◀ Page 1', page: 1, invocation: search(1) },
  { kind: 'page', label: 'Page 3 ▶', page: 3, invocation: search(3) },
  { kind: 'more', label: 'More results', invocation: { command: 'brief search', options: { query: 'TTP' } } },
  { kind: 'publish', label: 'Post to channel', invocation: { command: 'brief ask', options: { question: 'TTP', public: true } } },
  citeActionFor('F1'),
  reportActionFor('F1'),
];
const answer: Reply = { outcome: 'ok', visibility: 'private', blocks: [], page: { index: 2, total: 3 }, actions };

describe('Slack buttons', () => {
  it('shows every action but citations as a button carrying its invocation, in the reply’s order', () => {
    expect(planButtons(answer).map((button) => [button.actionId, button.label, button.invocation])).toEqual([
      ['briefbot:previous', '◀ Page 1', search(1)],
      ['briefbot:next', 'Page 3 ▶', search(3)],
      ['briefbot:more', 'More results', { command: 'brief search', options: { query: 'TTP' } }],
      ['briefbot:post', 'Post to channel', { command: 'brief ask', options: { question: 'TTP', public: true } }],
      ['briefbot:report:F1', 'Report a problem (F1)', { command: 'fact report', options: { id: 'F1' } }],
    ]);
  });

  it('replaces the message for a page turn, posts anew or publicly, opens a form for a report, and ignores actions not ours', () => {
    expect(deliveryOf('briefbot:previous')).toBe('replace');
    expect(deliveryOf('briefbot:next')).toBe('replace');
    expect(deliveryOf('briefbot:more')).toBe('new');
    expect(deliveryOf('briefbot:post')).toBe('public');
    expect(deliveryOf('briefbot:report:F1')).toBe('form');
    expect(deliveryOf('other:post')).toBeUndefined();
  });

  it('offers nothing when the reply offers no action', () => {
    expect(planButtons({ ...answer, actions: undefined })).toEqual([]);
  });

  it('leaves out a button whose value would pass 2000 characters', () => {
    const long: Action = { kind: 'more', label: 'More results', invocation: { command: 'brief search', options: { query: 'x'.repeat(2000) } } };
    expect(planButtons({ ...answer, actions: [long] })).toEqual([]);
  });

  it('reads back the invocation a button carries, and nothing else', () => {
    const invocation = { command: 'brief search', options: { query: '“TTP” & <co>', page: 2 } };
    expect(decodeInvocation(encodeInvocation(invocation))).toEqual(invocation);
    expect(decodeInvocation('{"c":1}')).toBeUndefined();
    expect(decodeInvocation('not json')).toBeUndefined();
  });
});
