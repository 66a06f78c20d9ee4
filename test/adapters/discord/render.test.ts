import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as LIMITS } from '../../../adapters/discord/limits';
import { parseButtonId } from '../../../adapters/discord/buttons';
import { measureEmbed } from '../../../adapters/discord/measure';
import { type DiscordMessage, renderReply } from '../../../adapters/discord/render';
import type { Block, CommandReply, FactView, Reply } from '../../../src/reply';
import { answered } from '../../helpers/replies';

function buildFact(overrides: Partial<FactView> = {}, source: Partial<FactView['source']> = {}): FactView {
  return {
    id: 'F12',
    statement: 'Tajikistan shares a 1,357-kilometer border with Afghanistan.',
    quote: 'Tajikistan, which shares a 1,357-kilometer border',
    period: { start: '2025', end: '2025' },
    entities: ['Tajikistan', 'Afghanistan'],
    status: 'active',
    quoteChecked: true,
    source: {
      id: 'S1',
      title: 'Why Afghanistan’s Terrorism Problem Isn’t Going Away',
      author: 'Zalmai Nishat',
      publisher: 'The National Interest',
      publishedOn: '2026-02-09',
      url: 'https://nationalinterest.org',
      ...source,
    },
    ...overrides,
  };
}

const factBlock = (fact: FactView): Block => ({ kind: 'fact', fact });
const textOf = (messages: DiscordMessage[]): string => JSON.stringify(messages.map(({ content, embeds }) => ({ content, embeds })));

function expectWithinLimits(messages: DiscordMessage[]): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((sum, embed) => sum + measureEmbed(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(message.components.length).toBeLessThanOrEqual(LIMITS.actionRows);
    expect(message.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      }
    }
    for (const button of message.components.flatMap((row) => row.components)) expect(button.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

describe('the Discord renderer', () => {
  it('renders a fact as one embed: statement, quote, source linked with author and date, and period', () => {
    const [message] = renderReply({ outcome: 'ok', visibility: 'private', blocks: [factBlock(buildFact())] });
    expect(message?.embeds).toEqual([
      expect.objectContaining({
        title: 'F12',
        description: 'Tajikistan shares a 1,357-kilometer border with Afghanistan.',
        url: 'https://nationalinterest.org/',
        fields: [
          { name: 'Quote', value: '“Tajikistan, which shares a 1,357-kilometer border”' },
          {
            name: 'Source',
            value:
              '[“Why Afghanistan’s Terrorism Problem Isn’t Going Away”](https://nationalinterest.org/)\nZalmai Nishat · The National Interest · 2026-02-09',
          },
          { name: 'Period', value: '2025', inline: true },
        ],
      }),
    ]);
  });

  it('escapes markdown in fact text so it shows exactly as stored', () => {
    const fact = buildFact({ statement: '**bold** _it_ `code` ~~gone~~ ||spoiler||\n# heading\n> quote\n- item [masked](https://evil.example)' });
    const description = renderReply({ outcome: 'ok', visibility: 'private', blocks: [factBlock(fact)] })[0]?.embeds[0]?.description ?? '';
    expect(description).toContain('\\*\\*bold\\*\\*');
    expect(description).toContain('\\_it\\_');
    expect(description).toContain('\\`code\\`');
    expect(description).toContain('\\~\\~gone\\~\\~');
    expect(description).toContain('\\|\\|spoiler\\|\\|');
    expect(description).toContain('\\# heading');
    expect(description).toContain('\\> quote');
    expect(description).toContain('\\- item \\[masked\\](https://evil.example)');
  });

  it('breaks @everyone, @here, role and user mentions in every piece of text', () => {
    const hostile = '@everyone @here <@&1500000000000000001> <@1400000000000000001> <@!1400000000000000001>';
    const reply: Reply = {
      outcome: 'ok',
      visibility: 'public',
      title: hostile,
      blocks: [
        factBlock(buildFact({ statement: hostile, quote: hostile }, { title: hostile, author: hostile })),
        { kind: 'notice', level: 'warning', text: hostile },
        { kind: 'list', items: [hostile] },
      ],
    };
    const text = textOf(renderReply(reply));
    expect(text).not.toMatch(/@(everyone|here|&|!|\d)/);
    expect(text).toContain('@\u200beveryone');
  });

  it('wraps links in message content in <…> so Discord adds no preview', () => {
    const [message] = renderReply({ outcome: 'ok', visibility: 'public', title: 'what does https://example.org/a_b say?', blocks: [] });
    expect(message?.content).toBe('**what does <https://example.org/a_b> say?**');
  });

  it('sends every message with allowedMentions parse [] whatever the reply holds', () => {
    const messages = renderReply(
      answered({ visibility: 'public', blocks: Array.from({ length: 30 }, (_, index) => factBlock(buildFact({ id: `F${index}` }))) }),
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('keeps embeds and messages within Discord’s limits for hostile, oversized facts', () => {
    const hostile = fc.string({ unit: fc.constantFrom('*', '_', '`', '~', '|', '>', '#', '@', '[', ']', '\\', ' ', '\n', 'a', 'é', '😀'), maxLength: 2000 });
    const fact = fc.record({
      statement: hostile.map((text) => text.slice(0, 1000)),
      quote: hostile,
      title: hostile.map((text) => text.slice(0, 500)),
      author: hostile.map((text) => text.slice(0, 300)),
    });
    fc.assert(
      fc.property(fc.array(fact, { minLength: 1, maxLength: 14 }), hostile, (facts, text) => {
        const blocks: Block[] = [
          { kind: 'text', text: text.repeat(3) },
          ...facts.map((f, index) =>
            factBlock(
              buildFact(
                { id: `F${index}`, statement: f.statement || 'x', quote: f.quote || 'x' },
                { title: f.title || 'x', author: f.author || null, url: `https://example.org/${'a'.repeat(1500)}` },
              ),
            ),
          ),
        ];
        const messages = renderReply(answered({ visibility: 'public', title: text, blocks, page: { index: 1, total: 3 } }), { pageKey: 'abcdefgh' });
        expectWithinLimits(messages);
      }),
      { numRuns: 60 },
    );
  });

  it('gives embeds only a normalised http(s) address, and no link at all for any other', () => {
    const [odd] = renderReply({ outcome: 'ok', visibility: 'private', blocks: [factBlock(buildFact({}, { url: 'HTTPS://Example.ORG/a b?q=1' }))] });
    expect(odd?.embeds[0]?.url).toBe('https://example.org/a%20b?q=1');
    expect(odd?.embeds[0]?.fields?.find((field) => field.name === 'Source')?.value).toContain('](https://example.org/a%20b?q=1)');
    for (const url of ['javascript:alert(1)', 'discord://-/channels/1/2', 'not a url']) {
      const [message] = renderReply({ outcome: 'ok', visibility: 'private', blocks: [factBlock(buildFact({}, { url }))] });
      expect(message?.embeds[0]?.url).toBeUndefined();
      expect(textOf([message!])).not.toContain('](');
    }
  });

  it('escapes only what can be shown, so a huge text renders at once and still ends with an ellipsis', () => {
    const huge = 'The TTP claimed *42* attacks in 2025, per the report. '.repeat(2_000);
    const started = performance.now();
    const messages = renderReply({
      outcome: 'ok',
      visibility: 'public',
      title: huge,
      blocks: [
        factBlock(buildFact({ statement: huge, quote: huge }, { title: huge, author: huge })),
        { kind: 'text', text: huge },
        { kind: 'notice', level: 'error', text: huge },
      ],
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expectWithinLimits(messages);
    const [fact] = messages[0]!.embeds;
    expect(fact?.description?.startsWith('The TTP claimed \\*42\\* attacks')).toBe(true);
    expect(fact?.description?.endsWith('…')).toBe(true);
  });

  it('splits a long reply between facts, each fact whole in one embed with its source', () => {
    const facts = Array.from({ length: 12 }, (_, index) => buildFact({ id: `F${index + 1}`, quote: 'q'.repeat(1900) }));
    const messages = renderReply({ outcome: 'ok', visibility: 'public', blocks: facts.map(factBlock) });
    const embeds = messages.flatMap((message) => message.embeds);
    expect(messages.length).toBeGreaterThan(1);
    expect(embeds.map((embed) => embed.title)).toEqual(facts.map((fact) => fact.id));
    for (const embed of embeds) expect(embed.fields?.filter((field) => field.name === 'Source')).toHaveLength(1);
    expect(
      embeds
        .flatMap((embed) => embed.fields ?? [])
        .filter((field) => field.name.startsWith('Quote'))
        .map((field) => field.value)
        .join(''),
    ).not.toContain('…');
  });

  it('splits a quote longer than a field across continued fields of the same embed', () => {
    const quote = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const fields = renderReply({ outcome: 'ok', visibility: 'private', blocks: [factBlock(buildFact({ quote }))] })[0]?.embeds[0]?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(['Quote', 'Quote (continued)', 'Source', 'Period']);
    expect(
      fields
        .slice(0, 2)
        .map((field) => field.value)
        .join(' '),
    ).toBe(`“${quote}”`);
  });

  it('makes private replies and errors ephemeral and public answers not', () => {
    const fact = factBlock(buildFact());
    expect(renderReply({ outcome: 'ok', visibility: 'private', blocks: [fact] })[0]?.flags).toBe(64);
    expect(renderReply({ outcome: 'refused', visibility: 'public', blocks: [{ kind: 'notice', level: 'error', text: 'No.' }] })[0]?.flags).toBe(64);
    expect(renderReply({ outcome: 'ok', visibility: 'public', blocks: [fact] })[0]?.flags).toBeUndefined();
  });

  it('adds page buttons to the first message only when given a pager key, disabled at the ends', () => {
    const reply = answered({ visibility: 'private', blocks: [factBlock(buildFact({ status: 'retracted' }))], page: { index: 1, total: 2 } });
    expect(renderReply(reply)[0]?.components).toEqual([]);
    const buttons = renderReply(reply, { pageKey: 'k1' })[0]?.components[0]?.components ?? [];
    expect(buttons.map(({ custom_id, label, disabled }) => ({ custom_id, label, disabled }))).toEqual([
      { custom_id: 'page:k1:0', label: '◀ Previous', disabled: true },
      { custom_id: 'page:k1:at', label: 'Page 1 of 2', disabled: true },
      { custom_id: 'page:k1:2', label: 'Next ▶', disabled: false },
    ]);
  });

  it('offers a full-citation button per fact in public answers, and none on a private single fact', () => {
    const two = [factBlock(buildFact({ id: 'F1' })), factBlock(buildFact({ id: 'F2' }))];
    const ids = (reply: CommandReply) =>
      renderReply(answered(reply))
        .flatMap((m) => m.components.flatMap((row) => row.components.map((button) => button.custom_id)))
        .filter((id) => id.startsWith('cite:'));
    expect(ids({ visibility: 'public', blocks: two })).toEqual(['cite:F1', 'cite:F2']);
    expect(ids({ visibility: 'private', blocks: two.slice(0, 1) })).toEqual([]);
  });

  it('offers "Report a problem" under every active fact, private or public, and not under a retracted one or a refusal', () => {
    const reports = (reply: CommandReply) =>
      renderReply(answered(reply))
        .flatMap((m) => m.components.flatMap((row) => row.components.map((button) => [button.custom_id, button.label])))
        .filter(([id]) => id!.startsWith('report:'));
    expect(reports({ visibility: 'private', blocks: [factBlock(buildFact({ id: 'F1' }))] })).toEqual([['report:F1', 'Report a problem (F1)']]);
    expect(reports({ visibility: 'public', blocks: [factBlock(buildFact({ id: 'F1', status: 'retracted' })), factBlock(buildFact({ id: 'F2' }))] })).toEqual([
      ['report:F2', 'Report a problem (F2)'],
    ]);
    expect(parseButtonId('report:F2')).toEqual({ kind: 'report', factId: 'F2' });
    expect(parseButtonId('report:drop table')).toBeUndefined();
  });

  it('merges text and lists into embeds split between words when long', () => {
    const words = Array.from({ length: 1500 }, (_, index) => `w${index}`).join(' ');
    const messages = renderReply({
      outcome: 'ok',
      visibility: 'private',
      blocks: [
        { kind: 'text', text: 'Try asking about:' },
        { kind: 'list', items: ['TTP', 'Tajikistan'] },
        { kind: 'text', text: words },
      ],
    });
    const embeds = messages.flatMap((message) => message.embeds);
    expect(embeds[0]?.description?.startsWith('Try asking about:\n\n• TTP\n• Tajikistan\n\nw0 w1')).toBe(true);
    expect(
      embeds
        .map((embed) => embed.description)
        .join(' ')
        .replace(/^[\s\S]*?\n\nw0/, 'w0'),
    ).toBe(words);
  });
});
