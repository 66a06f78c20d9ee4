import { z } from 'zod';
import { toStatsReply } from '../src/views/stats-reply';
import { defineCommand } from './definition';

/** How much the fact base holds and when it last changed. */
export default defineCommand({
  group: 'brief',
  name: 'stats',
  description: 'Counts of facts, sources, entities and pending suggestions, and the last change',
  example: {},
  access: 'anyone',
  options: [],
  input: z.object({}),
  run({ services }) {
    return toStatsReply(services.base.stats.read());
  },
});
