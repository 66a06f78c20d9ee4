import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../adapters/slack/limits';
import { type SlackMessage, renderReply } from '../../../adapters/slack/render';
import type { Action, Block, FactView, Reply } from '../../../src/reply';

function makeFact(overrides: Partial<FactView> = {}): FactView {
  return {
    id: 'F1',
    statement: 'The group has 42 fighters.',
    quote: 'it had 42 fighters',
    period: { start: '2025', end: '2025' },
    entities: [],
    quoteChecked: true,
    status: 'active',
    source: { id: 'S1', title: 'A report', author: 'A. Author', publisher: 'The Publisher', publishedOn: '2026-02-09', url: 'https://example.org/report' },
    ...overrides,
  };
}

const facts = (count: number, overrides: Partial<FactView> = {}): Block[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'fact', fact: makeFact({ id: `F${index + 1}`, ...overrides }) }));

type AnyBlock = { type: string; text?: { text: string }; elements?: { type: string; text?: string | { text: string } }[] };

/** Every mrkdwn string a message shows (sections and context elements). */
function textsOf(message: SlackMessage): string[] {
  return (message.blocks as AnyBlock[]).flatMap((block) => [
    ...(block.text ? [block.text.text] : []),
    ...(block.type === 'context' ? (block.elements ?? []).map((element) => String(element.text)) : []),
  ]);
}

// Our own link markup is the only `<…>` a rendered reply may hold.
const OUR_LINK = /<https?:\/\/[^<>|\s]+\|link>/g;

function expectNoControlSequences(messages: SlackMessage[]): void {
  for (const message of messages) {
    for (const text of [...textsOf(message), message.text]) {
      const rest = text.replace(OUR_LINK, '');
      expect(rest).not.toMatch(/</);
      // `>` only starts a block-quote line.
      expect(rest.replace(/^>/gm, '')).not.toMatch(/>/);
      expect(rest).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  }
}

function expectWithinLimits(messages: SlackMessage[]): void {
  expect(messages.length).toBeLessThanOrEqual(SLACK_LIMITS.responsesPerUrl);
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    for (const text of textsOf(message)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  }
}

// Pieces of Slack markup, so generated text often forms mentions, links and entities.
const SLACK_PIECES = fc.constantFrom('<', '>', '&', '|', '!', '@', '#', 'channel', 'amp;', 'lt;', 'http://x.y', ' ', '\n', 'a', 'é', '🌊');

const hostile = 'Hi <!channel> <!here|here> <@U0BOSS> <#C01|general> <http://evil.example|click me> & <b>bold</b>';

describe('Slack renderer', () => {
  it('escapes hostile text in every block kind, the citation and the fallback text', () => {
    const reply: Reply = {
      outcome: 'ok',
      visibility: 'private',
      title: hostile,
      blocks: [
        { kind: 'text', text: hostile },
        { kind: 'list', items: [hostile, hostile] },
        { kind: 'notice', level: 'warning', text: hostile },
        {
          kind: 'fact',
          fact: makeFact({
            statement: hostile,
            quote: `${hostile}\n${hostile}`,
            source: { id: 'S1', title: hostile, author: hostile, publisher: hostile, publishedOn: '2026', url: 'https://example.org/?a=1&b=<2>|x' },
          }),
        },
      ],
    };
    const messages = renderReply(reply);
    expectNoControlSequences(messages);
    expect(messages[0]!.text).toContain('&lt;!channel&gt;');
  });

  it('never lets text a fact holds become a mention or a link', () => {
    fc.assert(
      fc.property(fc.string({ unit: SLACK_PIECES }), fc.string({ unit: 'binary' }), (statement, quote) => {
        expectNoControlSequences(renderReply({ outcome: 'ok', visibility: 'private', blocks: [{ kind: 'fact', fact: makeFact({ statement, quote }) }] }));
      }),
    );
  });

  it('shows a fact as its statement, the quote as a block quote and a context line citing source, date, link and period', () => {
    const [message] = renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(1) });
    const [statement, citation] = message!.blocks as AnyBlock[];
    expect(statement!.text!.text).toBe('*F1* The group has 42 fighters.\n>it had 42 fighters');
    expect(citation!.type).toBe('context');
    expect(textsOf({ ...message!, blocks: [citation as SlackMessage['blocks'][number]] })).toEqual([
      '*Source S1:* A. Author, “A report”, The Publisher, 2026-02-09',
      '<https://example.org/report|link>',
      '*Period:* 2025',
    ]);
  });

  it('shows an address whose escaped link would not fit the context element as plain text within it', () => {
    const url = `https://example.org/?${'&'.repeat(1980 - 21)}`;
    const [message] = renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(1, { source: { ...makeFact().source, url } }) });
    const citation = (message!.blocks as AnyBlock[]).find((block) => block.type === 'context')!;
    for (const element of citation.elements ?? []) expect(String(element.text).length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    const shown = (citation.elements ?? []).map((element) => String(element.text)).join(' ');
    expect(shown).not.toContain('<https://');
    expect(shown).toContain('https://example.org/?&amp;&amp;');
  });

  it('keeps a short address a link, counting its escapes', () => {
    const [message] = renderReply({
      outcome: 'ok',
      visibility: 'private',
      blocks: facts(1, { source: { ...makeFact().source, url: 'https://example.org/a?b=1&c=2|x' } }),
    });
    expect(textsOf(message!).join(' ')).toContain('<https://example.org/a?b=1&amp;c=2%7Cx|link>');
  });

  it('never lets stored text draw formatting that looks like the bot’s: bold labels, quotes, code, strike', () => {
    const statement = 'A real claim.\n*Source S1:* The National Interest, 2026-02-09\n> “a quote nobody wrote”\n`code` ~gone~ _lean_';
    const [message] = renderReply({
      outcome: 'ok',
      visibility: 'private',
      title: '*Urgent*',
      blocks: [...facts(1, { statement, quote: 'line one\n>line two' }), { kind: 'list', items: ['*bold item*'] }],
    });
    const texts = textsOf(message!);
    const all = texts.join('\n');
    expect(all.match(/\*Source S1:\*/g)).toHaveLength(1);
    expect(all).not.toMatch(/`|~|_lean_|\*bold item\*|\*Urgent\*/);
    const section = texts.find((text) => text.startsWith('*F1*'))!;
    expect(section.split('\n').filter((line) => line.startsWith('>'))).toEqual(['>line one', '>›line two']);
    expect(section).toContain('A real claim.');
    expect(section).toContain('∗Source S1:∗');
  });

  it('answers privately as ephemeral and publicly in the channel', () => {
    expect(renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(1) })[0]!.response_type).toBe('ephemeral');
    expect(renderReply({ outcome: 'ok', visibility: 'public', blocks: facts(1) })[0]!.response_type).toBe('in_channel');
  });

  it('moves an over-long quote into its own section, cutting only its tail and keeping the citation', () => {
    const [message] = renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(1, { statement: 'S'.repeat(1500), quote: 'Q'.repeat(5000) }) });
    const [statement, quote, citation] = message!.blocks as AnyBlock[];
    expect(statement!.text!.text).toBe(`*F1* ${'S'.repeat(1500)}`);
    expect(quote!.text!.text).toMatch(/^>Q+…$/);
    expect(quote!.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(citation!.type).toBe('context');
  });

  it('splits a long reply between facts, each message within 50 blocks and every fact beside its citation', () => {
    const messages = renderReply({
      outcome: 'ok',
      visibility: 'private',
      title: 'Many',
      blocks: facts(60, { statement: 'S'.repeat(2000), quote: 'Q'.repeat(2000) }),
    });
    expect(messages.length).toBeGreaterThan(1);
    expectWithinLimits(messages);
    for (const message of messages) {
      const blocks = message.blocks as AnyBlock[];
      blocks.forEach((block, index) => {
        if (block.text?.text.startsWith('*F')) expect([blocks[index + 1]?.type, blocks[index + 2]?.type]).toContain('context');
      });
      expect(message.blocks[0]!.type).toBe('section');
    }
  });

  it('posts no more messages than a response_url takes, saying the answer was cut', () => {
    const messages = renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(300, { quote: 'Q'.repeat(3000) }) });
    expectWithinLimits(messages);
    expect(textsOf(messages.at(-1)!).at(-1)).toContain('longer than Slack lets one command post');
  });

  it('packs a long list into sections of at most 3000 characters', () => {
    const messages = renderReply({
      outcome: 'ok',
      visibility: 'private',
      blocks: [{ kind: 'list', items: Array.from({ length: 400 }, (_, index) => `item ${index} ${'x'.repeat(80)}`) }],
    });
    expectWithinLimits(messages);
    expect(messages.flatMap(textsOf).join('\n')).toContain('item 399');
  });

  it('ends the last message with the page number and the buttons', () => {
    const actions: Action[] = [{ kind: 'page', label: 'Page 3 ▶', page: 3, invocation: { command: 'brief search', options: { query: 'TTP', page: 3 } } }];
    const messages = renderReply({ outcome: 'ok', visibility: 'private', blocks: facts(2), page: { index: 2, total: 3 }, actions });
    const blocks = messages.at(-1)!.blocks as AnyBlock[];
    expect(blocks.at(-2)!.elements![0]!.text).toBe('Page 2 of 3');
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ type: 'button', action_id: 'briefbot:next', value: '{"c":"brief search","o":{"query":"TTP","page":3}}' }],
    });
  });
});
