import { describePeriod, describeSource } from '../format';
import type { Block, CommandReply } from '../reply';
import { type Digest, describeBasis, describeDigestTitle } from './digest';
import { toDigestMarkdown, toDigestFilename } from './digest-markdown';

/**
 * The note as a reply: numbered key facts, each ending in `[n]` for its source, what the base does
 * not cover, then the numbered source list. The full note, quotes included, rides along as a
 * Markdown attachment for platforms that can attach files.
 */
export function toDigestReply(digest: Digest): CommandReply {
  const facts = digest.keyFacts.map(({ fact, cite }, at): Block => {
    const period = describePeriod(fact.period) || 'undated';
    return { kind: 'text', text: `${at + 1}. ${fact.statement} — ${period}, ${fact.id} [${cite}]` };
  });
  const sources = digest.sources.map(({ cite, source }) => `[${cite}] ${describeSource(source)}${source.url ? ` ${source.url}` : ''} (${source.id})`);
  const blocks: Block[] = [
    { kind: 'text', text: `${describeDigestTitle(digest)}. ${describeBasis(digest)}` },
    ...facts,
    { kind: 'text', text: 'What the base does not cover:' },
    { kind: 'list', items: digest.notCovered },
    { kind: 'text', text: 'Sources:' },
    { kind: 'list', items: sources },
  ];
  return {
    visibility: 'private',
    title: describeDigestTitle(digest),
    blocks,
    data: digest,
    attachment: { filename: toDigestFilename(digest), text: toDigestMarkdown(digest) },
  };
}
