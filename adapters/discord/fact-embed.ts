import { QUOTE_NOT_CHECKED } from '../../src/documents/quote-wording';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { describePeriod } from '../../src/format';
import type { FactView, SourceView } from '../../src/reply';
import { escapeLinkText, escapeText, splitText, toLinkTarget, toSafeUrl, truncateText } from './escape';
import { DISCORD_LIMITS as LIMITS } from './limits';
import { measureEmbed } from './measure';

const FACT_COLOUR = 0x3b82f6;
const QUOTE_NAMES = ['Quote', 'Quote (continued)'] as const;
// Room kept for the quote fields' names when the quote has to be shortened to fit the embed total.
const QUOTE_NAME_RESERVE = 6 * QUOTE_NAMES[1].length;

function renderQuoteFields(quote: string): APIEmbedField[] {
  return splitText(quote, LIMITS.embedFieldValue).map((value, index) => ({
    name: QUOTE_NAMES[index === 0 ? 0 : 1],
    value,
  }));
}

/** The source in one field: its title linked to its address, then author, publisher and date. */
function renderSourceField(source: SourceView): APIEmbedField {
  const title = escapeLinkText(`“${source.title}”`, LIMITS.embedFieldValue);
  const byline = [source.author, source.publisher, source.publishedOn ?? 'date not stated']
    .filter((part): part is string => Boolean(part))
    .map((part) => escapeText(part, 'embed', LIMITS.embedFieldValue))
    .join(' · ');
  const url = source.url ? toSafeUrl(source.url) : undefined;
  const linked = url ? `[${title}](${toLinkTarget(url)})` : title;
  const value = `${linked}\n${byline}`;
  // A very long address cannot fit a field; the embed's own link (its title) still points to it.
  return { name: 'Source', value: value.length <= LIMITS.embedFieldValue ? value : truncateText(`${title}\n${byline}`, LIMITS.embedFieldValue) };
}

// The part of the embed total the quote always keeps: a long footer (many entities) is cut before the evidence is.
const QUOTE_KEPT = 500;

function renderFooter(fact: FactView, budget: number): string {
  const entities = fact.entities.length > 0 ? ` · ${fact.entities.join(', ')}` : '';
  const unchecked = fact.quoteChecked ? '' : ` · ${QUOTE_NOT_CHECKED}`;
  return truncateText(`Source ${fact.source.id}${unchecked}${entities}`, Math.min(budget, LIMITS.embedFooter));
}

/**
 * One fact as one embed: the statement as its description, the verbatim quote, the source with its
 * link, author and date, and the period. The embed fits Discord's limits on its own, so a message
 * can always carry a fact whole; only a pathologically long quote is shortened, never the source.
 */
export function renderFactEmbed(fact: FactView): APIEmbed {
  const period = describePeriod(fact.period);
  const url = fact.source.url ? toSafeUrl(fact.source.url) : undefined;
  const head: APIEmbed = {
    title: truncateText(fact.status === 'active' ? fact.id : `${fact.id} · ${fact.status}`, LIMITS.embedTitle),
    description: truncateText(escapeText(fact.statement, 'embed', LIMITS.embedDescription), LIMITS.embedDescription),
    color: FACT_COLOUR,
    ...(url ? { url } : {}),
  };
  const periodField = period
    ? [{ name: 'Period', value: truncateText(escapeText(period, 'embed', LIMITS.embedFieldValue), LIMITS.embedFieldValue), inline: true }]
    : [];
  const sourceFields = [renderSourceField(fact.source), ...periodField];
  const footerBudget = LIMITS.embedTotal - measureEmbed({ ...head, fields: sourceFields }) - QUOTE_NAME_RESERVE - QUOTE_KEPT;
  const embed: APIEmbed = { ...head, footer: { text: renderFooter(fact, footerBudget) } };
  const quoteBudget = LIMITS.embedTotal - measureEmbed({ ...embed, fields: sourceFields }) - QUOTE_NAME_RESERVE;
  const quote = truncateText(`“${escapeText(fact.quote, 'embed', quoteBudget)}”`, quoteBudget);
  return { ...embed, fields: [...renderQuoteFields(quote), ...sourceFields] };
}
