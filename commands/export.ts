import * as z from 'zod';
import { toCsv, toMarkdown } from '../src/moderation/export-formats';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Prints the whole fact base: JSON (which import reads back exactly), CSV of facts, or a Markdown briefing. */
export default defineCommand({
  group: 'brief',
  name: 'export',
  description: 'Export the fact base as json, csv or md',
  example: { format: 'json' },
  access: 'moderator',
  platforms: ['terminal', 'cli'],
  input: z.object({
    format: option(z.enum(['json', 'csv', 'md'], { message: 'must be json, csv or md' }).default('json'), { description: 'json, csv or md' }),
  }),
  async run({ services }, { format }) {
    const bundle = await services.base.bundles.read();
    const text =
      format === 'csv' ? toCsv(bundle) : format === 'md' ? toMarkdown(bundle, services.now().toISOString().slice(0, 10)) : JSON.stringify(bundle, null, 2);
    return { visibility: 'private', blocks: [{ kind: 'text', text }], data: format === 'json' ? bundle : text };
  },
});
