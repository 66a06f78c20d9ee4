import { z } from 'zod';
import { defineCommand } from './definition';

/** Prints the whole fact base in the interchange form that `import` reads back. */
export default defineCommand({
  group: 'brief',
  name: 'export',
  description: 'Export the whole fact base (JSON)',
  access: 'moderator',
  platforms: ['terminal', 'cli'],
  options: [{ name: 'format', description: 'json', type: 'string', required: false }],
  input: z.object({ format: z.enum(['json'], { message: 'must be json' }).default('json') }),
  run({ services }) {
    const bundle = services.base.bundles.read();
    return {
      visibility: 'private',
      blocks: [{ kind: 'text', text: JSON.stringify(bundle, null, 2) }],
      data: bundle,
    };
  },
});
