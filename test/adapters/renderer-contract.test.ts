import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../adapters/discord/limits';
import { measureEmbed } from '../../adapters/discord/measure';
import { type DiscordMessage, renderReply as renderDiscord } from '../../adapters/discord/render';
import { SLACK_LIMITS } from '../../adapters/slack/limits';
import { type SlackMessage, renderReply as renderSlack } from '../../adapters/slack/render';
import { TERMINAL_LIMITS } from '../../adapters/terminal/limits';
import { renderReply as renderTerminal } from '../../adapters/terminal/render';
import type { Action, Block, FactView, Reply } from '../../src/reply';
import { citeActionFor, reportActionFor } from '../../src/reply-actions';

// Every renderer against the same replies: each Block kind and each Action kind, filled with text a
// hostile user or base could hold, at sizes far past any platform's limits.

const HOSTILE = {
  mentions: '@everyone @here <!channel> <!here> <!everyone> <@U123> <@1400000000000000001> <@!1400000000000000001> <@&1500000000000000001> <#C01|general>',
  markdown:
    '*INJECTED* _INJECTED_ ~INJECTED~ `INJECTED` ```INJECTED``` **INJECTED** __INJECTED__ ||INJECTED|| [click](https://evil.example) <https://evil.example|click>\n> quoted\n# heading\n- item',
  blockKit:
    '"}]},{"type":"section","text":{"type":"mrkdwn","text":"<!channel>"}},{"type":"actions","elements":[{"type":"button","action_id":"briefbot:post"}]}',
  escapes: '\u001b[2J\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u009b31m\rover\u0000\u0008\u007f',
  entities: '&lt;!channel&gt; &amp; & < > &#60;!here&#62;',
};
const hostile = Object.values(HOSTILE).join(' ');
const HUGE = `${hostile} ${'x'.repeat(10_000)}`;

function buildFact(id: number, text: string): FactView {
  return {
    id: `F${id}`,
    statement: text,
    quote: text,
    period: { start: '2025', end: null },
    entities: [text],
    status: id % 3 === 0 ? 'retracted' : 'active',
    quoteChecked: id % 2 === 0,
    source: { id: `S${id}`, title: text, author: text, publisher: text, publishedOn: '2026-02', url: `https://example.org/report-${id}?q=a&b=c` },
  };
}

function blocksOf(text: string, facts: number): Block[] {
  return [
    { kind: 'text', text },
    { kind: 'notice', level: 'error', text },
    { kind: 'notice', level: 'warning', text },
    { kind: 'notice', level: 'info', text },
    { kind: 'list', items: [text, text, text] },
    ...Array.from({ length: facts }, (_, index): Block => ({ kind: 'fact', fact: buildFact(index + 1, text) })),
  ];
}

function actionsOf(text: string, facts: number): Action[] {
  const search = { command: 'brief search', options: { query: text } };
  const factIds = Array.from({ length: facts }, (_, index) => `F${index + 1}`);
  return [
    { kind: 'page', label: text, page: 1, invocation: search },
    { kind: 'page', label: text, page: 3, invocation: search },
    { kind: 'more', label: text, invocation: search },
    { kind: 'publish', label: text, invocation: { command: 'brief ask', options: { question: text, public: true } } },
    ...factIds.map((id) => ({ ...citeActionFor(id), label: `${id} ${text}` })),
    ...factIds.map((id) => ({ ...reportActionFor(id), label: `${id} ${text}` })),
  ];
}

const replyOf = (text: string, facts: number, visibility: Reply['visibility']): Reply => ({
  outcome: 'ok',
  visibility,
  title: text,
  blocks: blocksOf(text, facts),
  actions: actionsOf(text, facts),
  page: { index: 2, total: 3 },
  attachment: { filename: 'note.md', text },
});

const CASES = [
  ...Object.entries(HOSTILE).map(([name, text]) => ({ name: `hostile ${name}`, reply: replyOf(text, 3, 'public') })),
  { name: 'a 10,000-character statement', reply: replyOf(HUGE, 2, 'private') },
  { name: '300 facts', reply: replyOf(hostile, 300, 'public') },
];

type SlackText = { type: string; text?: string; verbatim?: boolean };
type SlackBlock = { type: string; text?: SlackText; elements?: (SlackText & { action_id?: string; value?: string })[] };

const slackTexts = (message: SlackMessage): SlackText[] =>
  (message.blocks as SlackBlock[]).flatMap((block) => [...(block.text ? [block.text] : []), ...(block.type === 'context' ? (block.elements ?? []) : [])]);

// What the renderer itself writes as mrkdwn: links to a source (`<https://…|link>`) and quote marks.
const OWN_MARKUP = /<https?:\/\/[^|<>\s]+\|link>|^>/gm;

function expectSlackContract(messages: SlackMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(SLACK_LIMITS.responsesPerUrl);
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    for (const block of message.blocks as SlackBlock[]) {
      expect(['section', 'context', 'actions']).toContain(block.type);
      if (block.type === 'section') expect(block.text!.text!.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (block.type === 'context') expect(block.elements!.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      if (block.type === 'actions') {
        expect(block.elements!.length).toBeLessThanOrEqual(SLACK_LIMITS.actionElements);
        for (const button of block.elements as unknown as { action_id: string; value: string; text: { text: string } }[]) {
          expect(button.action_id.length).toBeLessThanOrEqual(SLACK_LIMITS.actionId);
          expect(button.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
          expect(button.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
        }
      }
    }
    for (const text of [...slackTexts(message), { type: 'mrkdwn', text: message.text, verbatim: true }]) {
      if (text.type === 'mrkdwn') expect(text.verbatim).toBe(true);
      expect(text.text!.length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
      const prose = text.text!.replace(OWN_MARKUP, '');
      // No `<` or `>` of the reply's own survives: no mention, channel ping or disguised link.
      expect(prose).not.toMatch(/[<>]/);
      expect(prose).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(prose).not.toMatch(/[*_~`]INJECTED/);
    }
  }
}

// Each fact shown keeps its citation: the statement's section is followed, in the same message, by
// the context block that names its source.
function expectSlackCitations(messages: SlackMessage[]): void {
  for (const message of messages) {
    const blocks = message.blocks as SlackBlock[];
    blocks.forEach((block, index) => {
      const fact = /^\*(F\d+)\* /.exec(block.text?.text ?? '');
      if (!fact) return;
      const citation = blocks.slice(index + 1, index + 3).find((next) => next.type === 'context');
      expect(citation?.elements?.[0]?.text, `${fact[1]} keeps its source`).toMatch(/^\*Source S\d+:\*/);
    });
  }
}

// The markdown Discord reads; an embed's title and footer are plain text to it, and mention no one.
const discordMarkdown = (message: DiscordMessage): string[] => [
  message.content ?? '',
  ...message.embeds.flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]),
];

function expectDiscordContract(messages: DiscordMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect((message.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((sum, embed) => sum + measureEmbed(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const embed of message.embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
      expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
      }
      // A fact is one embed, never split from its source.
      if (/^F\d+$/.test(embed.title ?? '')) expect(embed.fields?.filter((field) => field.name === 'Source')).toHaveLength(1);
    }
    expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
    for (const row of message.components) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const button of row.components) {
        expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect((button.label ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      }
    }
    for (const text of discordMarkdown(message)) {
      // The match itself, with what surrounds it, is what a failure should show.
      const live = (pattern: RegExp): string | undefined => {
        const found = pattern.exec(text);
        return found ? text.slice(Math.max(0, found.index - 40), found.index + 40) : undefined;
      };
      expect(live(/@(everyone|here)|<[@#][!&]?\d+>/)).toBeUndefined();
      expect(live(/(?<!\\)\*\*INJECTED|(?<!\\)\|\|INJECTED|(?<!\\)\]\(https:\/\/evil/)).toBeUndefined();
    }
  }
}

function expectTerminalContract(output: string): void {
  expect(output).not.toMatch(TERMINAL_LIMITS.controlCharacters);
  expect(output).not.toContain('\u001b');
  expect(output).not.toContain('\u009b');
}

describe('every renderer over every block and action kind', () => {
  describe.each(CASES)('$name', ({ reply }) => {
    it('Slack stays within its limits, escapes all reply text and keeps each citation with its fact', () => {
      const messages = renderSlack(reply);
      expectSlackContract(messages);
      expectSlackCitations(messages);
    });

    it('Discord stays within its limits, escapes markdown, breaks every mention and keeps each fact whole', () => {
      expectDiscordContract(renderDiscord(reply, { pageKey: 'k1' }));
    });

    it('the terminal shows every control character as a placeholder, never raw', () => {
      const output = renderTerminal(reply);
      expectTerminalContract(output);
      if (reply.blocks.some((block) => block.kind === 'text' && block.text.includes('\u001b'))) expect(output).toContain(TERMINAL_LIMITS.controlPlaceholder);
    });
  });

  it('Slack shows each action kind but citations as its own button, and Discord the page, citation and report actions', () => {
    const reply = replyOf('TTP', 2, 'public');
    const slackIds = renderSlack(reply)
      .flatMap((message) => message.blocks as SlackBlock[])
      .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []).map((element) => element.action_id) : []));
    expect(slackIds).toEqual(['briefbot:previous', 'briefbot:next', 'briefbot:more', 'briefbot:post', 'briefbot:report:F1', 'briefbot:report:F2']);
    const discordIds = renderDiscord(reply, { pageKey: 'k1' }).flatMap((message) =>
      message.components.flatMap((row) => row.components.map((button) => button.custom_id)),
    );
    expect(discordIds).toEqual(['page:k1:1', 'page:k1:at', 'page:k1:3', 'cite:F1', 'cite:F2', 'report:F1', 'report:F2']);
  });

  it('a Block Kit injection in reply text stays text: one section per text block, no extra buttons', () => {
    const [message] = renderSlack({ outcome: 'ok', visibility: 'private', blocks: [{ kind: 'text', text: HOSTILE.blockKit }] });
    expect(message!.blocks).toHaveLength(1);
    expect(message!.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
  });
});
