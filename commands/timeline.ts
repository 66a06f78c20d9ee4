import * as z from 'zod';
import { toRange } from '../src/views/date-range';
import { resolveSubject } from '../src/views/subject';
import { toTimelineReply } from '../src/views/timeline-reply';
import { pageOption, rangeOptions, topicOption, withRangeCheck } from '../src/views/view-options';
import { defineCommand } from './definition';

/** The dated facts on an entity or topic in order, grouped by month or year, each with its source. */
export default defineCommand({
  group: 'brief',
  name: 'timeline',
  description: 'The dated facts on an entity or topic in order, by month or year',
  example: { topic: 'TTP', from: '2025' },
  access: 'anyone',
  input: withRangeCheck(z.object({ topic: topicOption, ...rangeOptions, page: pageOption })),
  async run({ caller, services }, { topic, from, to, page }) {
    return toTimelineReply(services, await resolveSubject(services, topic, caller.platform), toRange({ from, to }), page);
  },
});
