import { describe, expect, it } from 'vitest';
import { decodeInvocation, deliveryOf, encodeInvocation, planButtons } from '../../adapters/slack/buttons';
import { commandSpecs } from '../../commands';
import type { CommandSpec } from '../../src/command-spec';
import type { Reply } from '../../src/reply';
import { noticeReply } from '../../src/reply';

// The real command definitions: the parsing and buttons are tested on what users will type.
const specs: readonly CommandSpec[] = commandSpecs;

const answer: Reply = {
  visibility: 'private',
  blocks: [
    {
      kind: 'fact',
      fact: {
        id: 'F1',
        statement: 's',
        quote: 'q',
        period: { start: null, end: null },
        entities: [],
        status: 'active',
        quoteChecked: true,
        source: { id: 'S1', title: 't', author: null, publisher: null, publishedOn: null, url: null },
      },
    },
  ],
};

// Report buttons are checked on their own below; the other tests look at the rest.
const REPORT = 'briefbot:report:';
const planOthers = (...args: Parameters<typeof planButtons>) => planButtons(...args).filter((button) => !button.actionId.startsWith(REPORT));

describe('Slack buttons', () => {
  it('offers a "Report a problem" button per active fact, carrying fact report with its id, and opens a form', () => {
    const reports = planButtons({ name: 'brief ask', options: { question: 'TTP' } }, answer, specs).filter((button) => button.actionId.startsWith(REPORT));
    expect(reports).toEqual([{ actionId: `${REPORT}F1`, label: 'Report a problem (F1)', invocation: { name: 'fact report', options: { id: 'F1' } } }]);
    expect(deliveryOf(`${REPORT}F1`)).toBe('form');
    const retracted = { ...answer, blocks: answer.blocks.map((block) => (block.kind === 'fact' ? { ...block, fact: { ...block.fact, status: 'retracted' as const } } : block)) };
    expect(planButtons({ name: 'brief ask', options: { question: 'TTP' } }, retracted, specs).filter((button) => button.actionId.startsWith(REPORT))).toEqual([]);
  });

  it('offers more results and posting to the channel under a private answer', () => {
    const buttons = planOthers({ name: 'brief ask', options: { question: 'TTP' } }, answer, specs);
    expect(buttons.map((button) => [button.actionId, button.invocation])).toEqual([
      ['briefbot:more', { name: 'brief search', options: { query: 'TTP' } }],
      ['briefbot:post', { name: 'brief ask', options: { question: 'TTP', public: true } }],
    ]);
  });

  it('offers neither under a public answer nor posting for a command that cannot answer publicly', () => {
    expect(planOthers({ name: 'brief ask', options: { question: 'TTP' } }, { ...answer, visibility: 'public' }, specs).map((b) => b.actionId)).toEqual(['briefbot:more']);
    expect(planOthers({ name: 'brief search', options: { query: 'TTP' } }, answer, specs)).toEqual([]);
  });

  it('turns pages with the same command and options', () => {
    const buttons = planOthers({ name: 'brief search', options: { query: 'TTP', page: '2' } }, { ...answer, page: { index: 2, total: 3 } }, specs);
    expect(buttons.map((button) => [button.actionId, button.invocation.options])).toEqual([
      ['briefbot:previous', { query: 'TTP', page: 1 }],
      ['briefbot:next', { query: 'TTP', page: 3 }],
    ]);
  });

  it('offers nothing under a refusal', () => {
    expect(planButtons({ name: 'brief ask', options: { question: 'TTP' } }, noticeReply('error', 'No.'), specs)).toEqual([]);
  });

  it('leaves out a button whose value would pass 2000 characters', () => {
    expect(planOthers({ name: 'brief ask', options: { question: 'x'.repeat(2000) } }, answer, specs)).toEqual([]);
  });

  it('reads back the invocation a button carries, and nothing else', () => {
    const invocation = { name: 'brief search', options: { query: '“TTP” & <co>', page: 2 } };
    expect(decodeInvocation(encodeInvocation(invocation))).toEqual(invocation);
    expect(decodeInvocation('{"c":1}')).toBeUndefined();
    expect(decodeInvocation('not json')).toBeUndefined();
  });

  it('replaces the message for a page turn, posts anew otherwise, and ignores actions not ours', () => {
    expect(deliveryOf('briefbot:next')).toBe('replace');
    expect(deliveryOf('briefbot:more')).toBe('new');
    expect(deliveryOf('briefbot:post')).toBe('public');
    expect(deliveryOf('other:post')).toBeUndefined();
  });
});
