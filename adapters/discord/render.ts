import { type APIEmbed, MessageFlags } from 'discord.js';
import { type Reply, factActionsFor } from '../../src/reply';
import { type EmbedUnit, renderBlockEmbeds } from './block-embeds';
import { type ButtonRow, buildCitationRows, buildPageRow, buildReportRows } from './buttons';
import { escapeText, truncateText } from './escape';
import { DISCORD_LIMITS as LIMITS } from './limits';
import { measureEmbed } from './measure';

/** One Discord message, ready for `editReply`, `followUp`, `reply` or `update`. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: [] };
  /** The reply's full text as a file (a digest's Markdown note), on the last message. */
  files?: { attachment: Buffer; name: string }[];
}

/** Extra inputs a reply's rendering needs from the adapter. */
export interface RenderOptions {
  /** The pager key of this request; page buttons are shown only with one. */
  pageKey?: string;
}

/** Whether the core refused or failed: such a reply holds an error notice. */
export function isRefusal(reply: Reply): boolean {
  return reply.blocks.some((block) => block.kind === 'notice' && block.level === 'error');
}

/** Errors and private replies are shown only to the person who asked. */
export function isEphemeralReply(reply: Reply): boolean {
  return reply.visibility === 'private' || isRefusal(reply);
}

// Greedy packing that closes a message before an embed would break the count or the total:
// messages split between embeds, and a fact is always one embed, so never inside a citation.
function packUnits(units: readonly EmbedUnit[]): EmbedUnit[][] {
  const messages: EmbedUnit[][] = [];
  let current: EmbedUnit[] = [];
  let size = 0;
  for (const unit of units) {
    const unitSize = measureEmbed(unit.embed);
    if (current.length === LIMITS.embedsPerMessage || (current.length > 0 && size + unitSize > LIMITS.embedTotal)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unitSize;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

// A private reply holding one fact is already the full citation; anywhere else the button lets a
// reader pull a fact up privately as it stands now (with its status, should it be retracted later).
function showsCitationButtons(reply: Reply): boolean {
  return reply.visibility === 'public' || reply.blocks.filter((block) => block.kind === 'fact').length > 1;
}

function buildRows(reply: Reply, units: readonly EmbedUnit[], isFirst: boolean, options: RenderOptions): ButtonRow[] {
  const rows: ButtonRow[] = [];
  if (isFirst && options.pageKey && reply.page && reply.page.total > 1) rows.push(buildPageRow(options.pageKey, reply.page));
  if (showsCitationButtons(reply)) {
    rows.push(...buildCitationRows(units.flatMap((unit) => (unit.factId ? [unit.factId] : []))));
  }
  const shown = new Set(units.flatMap((unit) => (unit.factId ? [unit.factId] : [])));
  const facts = reply.blocks.flatMap((block) => (block.kind === 'fact' && shown.has(block.fact.id) ? [block.fact] : []));
  if (!isRefusal(reply)) rows.push(...buildReportRows(facts.flatMap(factActionsFor)));
  return rows.slice(0, LIMITS.actionRows);
}

/**
 * Renders a reply as one or more Discord messages: one embed per fact (statement, quote, linked
 * source, period), notices and text as embeds of their own, the title as escaped content. Messages
 * stay within Discord's embed limits, carry page and citation buttons, never mention anyone, and are
 * ephemeral when the reply is private or an error.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage[] {
  const groups = packUnits(renderBlockEmbeds(reply.blocks));
  if (groups.length === 0) groups.push([{ embed: { description: 'Done.' } }]);
  const flags = isEphemeralReply(reply) ? { flags: MessageFlags.Ephemeral as const } : {};
  // Discord takes files on interaction replies, ephemeral ones too, so the full note travels along.
  const files = reply.attachment ? { files: [{ attachment: Buffer.from(reply.attachment.text, 'utf8'), name: reply.attachment.filename }] } : {};
  return groups.map((units, index) => ({
    ...(index === 0 && reply.title ? { content: `**${truncateText(escapeText(reply.title, 'content', LIMITS.content - 4), LIMITS.content - 4)}**` } : {}),
    embeds: units.map((unit) => unit.embed),
    components: buildRows(reply, units, index === 0, options),
    ...flags,
    allowedMentions: { parse: [] },
    ...(index === groups.length - 1 ? files : {}),
  }));
}
