import type { APIEmbed } from 'discord.js';
import type { Block, NoticeLevel } from '../../src/reply';
import { escapeText, splitText, truncateText } from './escape';
import { renderFactEmbed } from './fact-embed';
import { DISCORD_LIMITS as LIMITS } from './limits';

/** An embed and, when it shows a fact, that fact's id (for its citation button). */
export interface EmbedUnit {
  embed: APIEmbed;
  factId?: string;
}

const NOTICE_STYLE: Record<NoticeLevel, { icon: string; colour: number }> = {
  info: { icon: 'ℹ️', colour: 0x5865f2 },
  warning: { icon: '⚠️', colour: 0xfee75c },
  error: { icon: '⛔', colour: 0xed4245 },
};

function renderNotice(level: NoticeLevel, text: string): EmbedUnit {
  const { icon, colour } = NOTICE_STYLE[level];
  return { embed: { description: truncateText(`${icon} ${escapeText(text, 'embed', LIMITS.embedDescription)}`, LIMITS.embedDescription), color: colour } };
}

// Prose is split over as many embeds and messages as it needs, but escaping takes time quadratic in
// a paragraph's length, so a paragraph is cut at two messages' worth: the core's own paragraphs
// (a digest line, a list item) are far shorter.
const PROSE_MAX = 2 * LIMITS.embedTotal;

function renderProse(block: Extract<Block, { kind: 'text' | 'list' }>): string {
  const fitted = (text: string): string => truncateText(escapeText(text, 'embed', PROSE_MAX), PROSE_MAX);
  return block.kind === 'text' ? fitted(block.text) : block.items.map((item) => `• ${fitted(item)}`).join('\n');
}

// Text and lists carry no citation, so they may be split anywhere between words.
function renderProseUnits(paragraphs: string[]): EmbedUnit[] {
  return splitText(paragraphs.join('\n\n'), LIMITS.embedDescription).map((description) => ({ embed: { description } }));
}

/**
 * Turns blocks into embeds in order: one per fact, one per notice, and runs of text and lists
 * merged into as few embeds as their length allows.
 */
export function renderBlockEmbeds(blocks: readonly Block[]): EmbedUnit[] {
  const units: EmbedUnit[] = [];
  let prose: string[] = [];
  const flushProse = (): void => {
    if (prose.length > 0) units.push(...renderProseUnits(prose));
    prose = [];
  };
  for (const block of blocks) {
    if (block.kind === 'text' || block.kind === 'list') {
      prose.push(renderProse(block));
      continue;
    }
    flushProse();
    units.push(block.kind === 'fact' ? { embed: renderFactEmbed(block.fact), factId: block.fact.id } : renderNotice(block.level, block.text));
  }
  flushProse();
  return units;
}
