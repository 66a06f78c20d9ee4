import * as z from 'zod';
import { toStatsReply } from '../src/views/stats-reply';
import { readReaderStats } from '../src/views/stats-readers';
import { defineCommand } from './definition';

/** How much the fact base holds, when it last changed, and what readers asked and reported. */
export default defineCommand({
  group: 'brief',
  name: 'stats',
  description: 'Counts of facts, sources, entities, suggestions, questions this week, open reports and gaps',
  example: {},
  access: 'anyone',
  input: z.object({}),
  async run({ services }) {
    const [stats, readers] = await Promise.all([services.base.stats.read(), readReaderStats(services)]);
    return toStatsReply(stats, readers);
  },
});
