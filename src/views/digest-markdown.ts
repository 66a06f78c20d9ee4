import { describePeriod, describeSource } from '../format';
import { escapeMarkdown } from '../markdown-text';
import { toKey } from '../search/tokens';
import { type Digest, describeBasis, describeDigestTitle } from './digest';

/** A file name for the note: `digest-pakistan-from-2025.md`. */
export function toDigestFilename(digest: Digest): string {
  const words = toKey(`${digest.topic} ${digest.range.from ? `from ${digest.range.from}` : ''} ${digest.range.to ? `to ${digest.range.to}` : ''}`);
  return `digest-${words.replace(/ /g, '-').slice(0, 80) || 'topic'}.md`;
}

/** The full note as Markdown: key facts with their quotes, what is not covered, numbered sources. */
export function toDigestMarkdown(digest: Digest): string {
  // Two trailing spaces break the line inside the list item; the indented quote stays in the item.
  const facts = digest.keyFacts.flatMap(({ fact, cite }, at) => [
    `${at + 1}. ${escapeMarkdown(fact.statement)} [${cite}]  `,
    `   ${describePeriod(fact.period) || 'undated'} · ${fact.id}`,
    '',
    `   > “${escapeMarkdown(fact.quote)}”`,
    '',
  ]);
  const sources = digest.sources.map(
    ({ cite, source }) => `${cite}. ${escapeMarkdown(describeSource(source))}${source.url ? ` <${source.url}>` : ''} (${source.id})`,
  );
  return [
    `# ${escapeMarkdown(describeDigestTitle(digest))}`,
    '',
    `Prepared ${digest.preparedOn} from the briefbot fact base. ${escapeMarkdown(describeBasis(digest))}`,
    '',
    '## Key facts',
    '',
    ...facts,
    '## What the base does not cover',
    '',
    ...digest.notCovered.map((note) => `- ${escapeMarkdown(note)}`),
    '',
    '## Sources',
    '',
    ...sources,
    '',
  ].join('\n');
}
