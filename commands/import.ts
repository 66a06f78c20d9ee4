import * as z from 'zod';
import { plainText } from '../src/fields';
import { readImport } from '../src/moderation/import-file';
import { describeImport, summariseImport } from '../src/moderation/import-summary';
import type { Block } from '../src/reply';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

// Below this many facts an import is over before a progress line would help.
const PROGRESS_FROM_FACTS = 1_000;

/** Imports a JSON base or a CSV of facts: all rows or none; says which ids it creates and which facts repeat existing ones. */
export default defineCommand({
  group: 'brief',
  name: 'import',
  description: 'Import facts from a .json or .csv file (all or nothing)',
  example: { file: 'base.json', 'dry-run': true },
  access: 'moderator',
  writes: true,
  platforms: ['terminal', 'cli'],
  input: z.object({
    file: option(plainText(1000), { description: 'Path of the .json or .csv file', positional: true, rest: true }),
    'dry-run': option(z.boolean().default(false), { description: 'Check the file without importing' }),
  }),
  async run({ services, write }, { file, 'dry-run': dryRun }) {
    const bundle = await readImport(file, services);
    const summary = await summariseImport(bundle, services);
    const { text, warnings } = describeImport(summary);
    const progress = bundle.facts.length >= PROGRESS_FROM_FACTS ? services.progress : undefined;
    if (!dryRun) await services.base.bundles.importWithAudit(bundle, write.actor, file, progress);
    const done = dryRun ? `${file} is valid: ${text} would be imported. Nothing was written.` : `Imported ${text} from ${file}.`;
    const blocks: Block[] = [
      { kind: 'notice', level: 'info', text: done },
      ...warnings.map((warning): Block => ({ kind: 'notice', level: 'warning', text: warning })),
    ];
    return { visibility: 'private', blocks, data: { ...summary, imported: !dryRun } };
  },
});
