import * as z from 'zod';
import { buildDigest } from '../src/views/digest';
import { toDigestReply } from '../src/views/digest-reply';
import { toRange } from '../src/views/date-range';
import { resolveSubject } from '../src/views/subject';
import { rangeOptions, topicOption, withRangeCheck } from '../src/views/view-options';
import { describeNothing } from '../src/views/wording';
import { defineCommand } from './definition';

/**
 * A short briefing note on an entity or topic, on every platform; the full note comes as a
 * Markdown attachment where the platform takes files. `brief digest-save` writes it to a file.
 */
export default defineCommand({
  group: 'brief',
  name: 'digest',
  description: 'A briefing note: key facts by importance with numbered sources, and what the base lacks',
  example: { topic: 'Pakistan', from: '2025' },
  access: 'anyone',
  input: withRangeCheck(z.object({ topic: topicOption, ...rangeOptions })),
  async run({ caller, services }, { topic, from, to }) {
    const subject = await resolveSubject(services, topic, caller.platform);
    const range = toRange({ from, to });
    const digest = await buildDigest(services, subject, range);
    if (!digest) return { visibility: 'private', title: subject.label, blocks: [{ kind: 'notice', level: 'info', text: describeNothing(subject, range) }] };
    return toDigestReply(digest);
  },
});
