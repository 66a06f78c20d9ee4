import { QUOTE_NOT_CHECKED } from '../../src/documents/quote-wording';
import type { types as SlackTypes } from '@slack/bolt';
import { describePeriod, describeSource } from '../../src/format';
import type { Block, FactView, NoticeLevel, Reply } from '../../src/reply';
import { type ButtonPlan, encodeInvocation, planButtons } from './buttons';
import { SLACK_LIMITS } from './limits';
import { escapeText, fitText, toBlockQuote, toLink } from './mrkdwn';

type SlackBlock = SlackTypes.KnownBlock;

/** One message as posted to a response_url. */
export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  /** Notification and screen-reader text; escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
}

/** Blocks that must stay in one message: a fact with its citation, one notice, one list part. */
type Unit = SlackBlock[];

const { sectionText, contextText, blocksPerMessage, responsesPerUrl } = SLACK_LIMITS;

// `verbatim` stops Slack from turning bare addresses, #channel names and @words into links.
const section = (text: string): SlackTypes.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
const context = (texts: string[]): SlackTypes.ContextBlock => ({
  type: 'context',
  elements: texts.slice(0, SLACK_LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
});

function renderCitation(fact: FactView): SlackTypes.ContextBlock {
  const period = describePeriod(fact.period);
  const parts = [`*Source ${fact.source.id}:* ${fitText(describeSource(fact.source), contextText - 20)}`];
  if (fact.source.url) parts.push(toLink(fact.source.url, 'link', contextText));
  if (period) parts.push(`*Period:* ${fitText(period, contextText - 20)}`);
  if (fact.status !== 'active') parts.push(`*Status:* ${fact.status}`);
  if (!fact.quoteChecked) parts.push(`_${QUOTE_NOT_CHECKED}_`);
  return context(parts);
}

/** The statement with its quote in one section, or in two when together they are too long. */
function renderFact(fact: FactView): Unit {
  const head = `*${escapeText(fact.id)}* `;
  const whole = `${head}${escapeText(fact.statement)}\n${toBlockQuote(fact.quote, Number.POSITIVE_INFINITY)}`;
  if (whole.length <= sectionText) return [section(whole), renderCitation(fact)];
  return [section(`${head}${fitText(fact.statement, sectionText - head.length)}`), section(toBlockQuote(fact.quote, sectionText)), renderCitation(fact)];
}

/** List items packed into as few sections as fit; each section is its own unit. */
function renderList(items: readonly string[]): Unit[] {
  const texts: string[] = [];
  for (const item of items.map((entry) => `• ${fitText(entry, sectionText - 2)}`)) {
    const last = texts.at(-1);
    if (last !== undefined && last.length + 1 + item.length <= sectionText) texts[texts.length - 1] = `${last}\n${item}`;
    else texts.push(item);
  }
  return texts.map((text) => [section(text)]);
}

const NOTICE_ICON: Record<NoticeLevel, string> = { info: ':information_source:', warning: ':warning:', error: ':x:' };

function renderBlock(block: Block): Unit[] {
  switch (block.kind) {
    case 'text':
      return [[section(fitText(block.text, sectionText))]];
    case 'fact':
      return [renderFact(block.fact)];
    case 'list':
      return renderList(block.items);
    case 'notice': {
      const icon = `${NOTICE_ICON[block.level]} `;
      return [[section(`${icon}${fitText(block.text, sectionText - icon.length)}`)]];
    }
  }
}

function renderFooter(reply: Reply, buttons: readonly ButtonPlan[]): SlackBlock[] {
  const footer: SlackBlock[] = [];
  if (reply.page && reply.page.total > 1) footer.push(context([`Page ${reply.page.index} of ${reply.page.total}`]));
  if (buttons.length > 0) {
    footer.push({
      type: 'actions',
      elements: buttons.slice(0, SLACK_LIMITS.actionElements).map((button) => ({
        type: 'button',
        action_id: button.actionId,
        text: { type: 'plain_text', text: button.label.slice(0, SLACK_LIMITS.buttonText) },
        value: encodeInvocation(button.invocation),
      })),
    });
  }
  return footer;
}

const sizeOf = (message: readonly Unit[]): number => message.reduce((total, unit) => total + unit.length, 0);

/** Packs units into messages of at most 50 blocks, never splitting a unit. */
function packUnits(units: readonly Unit[]): Unit[][] {
  const messages: Unit[][] = [];
  for (const unit of units) {
    const current = messages.at(-1);
    if (current && sizeOf(current) + unit.length <= blocksPerMessage) current.push(unit);
    else messages.push([unit]);
  }
  return messages;
}

/** Keeps what one response_url accepts; a cut reply ends with a notice saying so. */
function capMessages(messages: Unit[][]): Unit[][] {
  if (messages.length <= responsesPerUrl) return messages;
  const kept = messages.slice(0, responsesPerUrl);
  const last = kept.at(-1)!;
  while (sizeOf(last) >= blocksPerMessage) last.pop();
  last.push([section(`${NOTICE_ICON.warning} This answer is longer than Slack lets one command post; narrow the question or page through /brief search.`)]);
  return kept;
}

function summarize(reply: Reply): string {
  const first = reply.blocks[0];
  const lead = reply.title ?? (first?.kind === 'fact' ? first.fact.statement : first?.kind === 'list' ? first.items[0] : first?.text);
  // Room for the " (part n of m)" suffix of later messages.
  return fitText(lead ?? 'briefbot', SLACK_LIMITS.fallbackText - 20);
}

/**
 * Turns a reply into Block Kit messages: each fact's statement and quote (as a block quote) with a
 * context line citing source, author, date, link and period. All reply text is escaped. Section
 * text stays within 3000 characters and each message within 50 blocks: a long reply is split
 * between facts into several messages (at most the 5 a response_url takes), never inside one.
 * The reply's actions become buttons at the end of the last message.
 */
export function renderReply(reply: Reply): SlackMessage[] {
  const units: Unit[] = reply.title ? [[section(`*${fitText(reply.title, sectionText - 2)}*`)]] : [];
  units.push(...reply.blocks.flatMap(renderBlock));
  const footer = renderFooter(reply, planButtons(reply));
  if (footer.length > 0) units.push(footer);
  if (units.length === 0) units.push([section(summarize(reply))]);
  const messages = capMessages(packUnits(units)).map((message) => message.flat());
  const responseType = reply.visibility === 'public' ? 'in_channel' : 'ephemeral';
  const summary = summarize(reply);
  return messages.map((blocks, index) => ({
    response_type: responseType,
    text: index === 0 ? summary : `${summary} (part ${index + 1} of ${messages.length})`,
    blocks,
  }));
}
