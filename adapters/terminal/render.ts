import { QUOTE_NOT_CHECKED } from '../../src/documents/quote-wording';
import { describePeriod, describeSource } from '../../src/format';
import type { Block, FactView, Reply } from '../../src/reply';
import { TERMINAL_LIMITS } from './limits';

// Stored text is untrusted: control characters (ANSI escapes above all) could rewrite the
// operator's screen, so they are shown as visible placeholders instead of being sent raw.
function clean(text: string): string {
  return text.replace(TERMINAL_LIMITS.controlCharacters, TERMINAL_LIMITS.controlPlaceholder);
}

const INDENT = '     ';

function renderFact(fact: FactView): string {
  const period = describePeriod(fact.period);
  const lines = [
    `${fact.id.padEnd(4)} ${clean(fact.statement)}`,
    `${INDENT}“${clean(fact.quote)}”`,
    `${INDENT}— ${clean(describeSource(fact.source))}${fact.source.url ? ` ${clean(fact.source.url)}` : ''} [${fact.source.id}]`,
  ];
  if (period) lines.push(`${INDENT}Period: ${clean(period)}`);
  if (!fact.quoteChecked) lines.push(`${INDENT}(${QUOTE_NOT_CHECKED})`);
  if (fact.status !== 'active') lines.push(`${INDENT}Status: ${fact.status}`);
  return lines.join('\n');
}

const NOTICE_PREFIX = { info: 'Note', warning: 'Warning', error: 'Error' } as const;

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'text':
      return clean(block.text);
    case 'fact':
      return renderFact(block.fact);
    case 'list':
      return block.items.map((item) => `  • ${clean(item)}`).join('\n');
    case 'notice':
      return `${NOTICE_PREFIX[block.level]}: ${clean(block.text)}`;
  }
}

// Only a page with more after it invites the next one; the last says it is the last.
function describePage({ index, total }: { index: number; total: number }): string {
  return index < total ? `Page ${index} of ${total}: add --page ${index + 1} for the next.` : `Page ${index} of ${total}, the last.`;
}

/** A reply as plain terminal text: one paragraph per block, each fact with its citation. */
export function renderReply(reply: Reply): string {
  const parts = reply.blocks.map(renderBlock);
  if (reply.page && reply.page.total > 1) parts.push(describePage(reply.page));
  return parts.join('\n\n');
}
