import { type APIEmbed, MessageFlags } from 'discord.js';
import type { Reply } from '../../src/reply';
import { type EmbedUnit, renderBlockEmbeds } from './block-embeds';
import { type ButtonRow, type FactButtonAction, buildFactActionRows, buildPageRow } from './buttons';
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

/** Refusals, failures and private replies are shown only to the person who asked. */
export function isEphemeralReply(reply: Reply): boolean {
  return reply.visibility === 'private' || reply.outcome !== 'ok';
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

// Each message carries the actions on the facts it shows, citations first, in the order shown.
function factActionsShown(reply: Reply, units: readonly EmbedUnit[], kind: FactButtonAction['kind']): FactButtonAction[] {
  const actions = (reply.actions ?? []).filter((action): action is FactButtonAction => action.kind === kind);
  return units.flatMap((unit) => actions.filter((action) => action.factId === unit.factId));
}

// Discord offers the page, citation and report actions; a reader there asks again (with `public`,
// or with /brief search) rather than pressing "post to channel" or "more results".
function buildRows(reply: Reply, units: readonly EmbedUnit[], isFirst: boolean, options: RenderOptions): ButtonRow[] {
  const rows: ButtonRow[] = [];
  const pages = reply.actions?.some((action) => action.kind === 'page');
  if (isFirst && options.pageKey && reply.page && pages) rows.push(buildPageRow(options.pageKey, reply.page));
  rows.push(...buildFactActionRows(factActionsShown(reply, units, 'cite')), ...buildFactActionRows(factActionsShown(reply, units, 'report')));
  return rows.slice(0, LIMITS.actionRows);
}

/**
 * Renders a reply as one or more Discord messages: one embed per fact (statement, quote, linked
 * source, period), notices and text as embeds of their own, the title as escaped content. Messages
 * stay within Discord's embed limits, carry page, citation and report buttons, never mention anyone,
 * and are ephemeral when the reply is private or not an answer.
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
