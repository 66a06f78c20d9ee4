import { z } from 'zod';
import { toActor } from '../src/actor';
import { plainText } from '../src/fields';
import { readImport } from '../src/moderation/import-file';
import { defineCommand } from './definition';

/** Imports a JSON base or a CSV of facts: all rows or none. */
export default defineCommand({
  group: 'brief',
  name: 'import',
  description: 'Import facts from a .json or .csv file (all or nothing)',
  example: { file: 'base.json', 'dry-run': true },
  access: 'moderator',
  writes: true,
  platforms: ['terminal', 'cli'],
  options: [
    { name: 'file', description: 'Path of the .json or .csv file', type: 'string', required: true, positional: true, rest: true },
    { name: 'dry-run', description: 'Check the file without importing', type: 'boolean', required: false },
  ],
  input: z.object({ file: plainText(1000), 'dry-run': z.boolean().default(false) }),
  run({ caller, services }, { file, 'dry-run': dryRun }) {
    const bundle = readImport(file, services);
    const counts = { sources: bundle.sources.length, entities: bundle.entities.length, facts: bundle.facts.length };
    const summary = `${counts.facts} fact(s), ${counts.sources} source(s), ${counts.entities} entit(ies)`;
    if (dryRun) return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `${file} is valid: ${summary} would be imported. Nothing was written.` }], data: counts };
    services.base.bundles.importWithAudit(bundle, toActor(caller, services.now()), file);
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `Imported ${summary} from ${file}.` }], data: counts };
  },
});
