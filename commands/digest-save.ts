import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { plainText } from '../src/fields';
import { toRange } from '../src/views/date-range';
import { buildDigest, describeBasis, describeDigestTitle } from '../src/views/digest';
import { toDigestMarkdown } from '../src/views/digest-markdown';
import { resolveSubject } from '../src/views/subject';
import { rangeOptions, topicOption, withRangeCheck } from '../src/views/view-options';
import { describeNothing } from '../src/views/wording';
import { checkNewFile, toWriteRefusal } from '../src/new-file';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

const NOTE = { noun: 'note', example: './pakistan.md' };

// `wx` creates the file or fails if it exists, in one step: no earlier note is ever overwritten.
function writeNewFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    throw toWriteRefusal(error, file, NOTE);
  }
}

/**
 * Writes the briefing note of `brief digest` as Markdown to a new file. A command of its own
 * because only the terminal and CLI have a file system to write to: chat platforms never see it.
 */
export default defineCommand({
  group: 'brief',
  name: 'digest-save',
  description: 'Write a briefing note on an entity or topic as Markdown to a new file',
  example: { topic: 'Pakistan', file: 'pakistan.md' },
  access: 'anyone',
  platforms: ['terminal', 'cli'],
  input: withRangeCheck(z.object({ topic: topicOption, file: option(plainText(1000), { description: 'The Markdown file to create' }), ...rangeOptions })),
  async run({ caller, services }, { topic, from, to, file }) {
    checkNewFile(file, NOTE);
    const subject = await resolveSubject(services, topic, caller.platform);
    const range = toRange({ from, to });
    const digest = await buildDigest(services, subject, range);
    if (!digest) throw new UserError(`${describeNothing(subject, range)} Nothing was written.`, 'empty-digest');
    writeNewFile(file, toDigestMarkdown(digest));
    const text = `Wrote “${describeDigestTitle(digest)}” to ${file}. ${describeBasis(digest)}`;
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text }], data: { file, digest } };
  },
});
