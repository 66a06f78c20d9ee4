import { z } from 'zod';
import { describeSource } from '../src/format';
import { plainText, sourceId } from '../src/fields';
import { mergeSourceFields, sourceFieldOptions, sourceFieldShape } from '../src/moderation/source-fields';
import { requireSource } from '../src/moderation/source-lookup';
import { UserError } from '../src/user-error';
import { defineCommand } from './definition';

/** Corrects a source's details; the audit log keeps what they were. */
export default defineCommand({
  group: 'source',
  name: 'edit',
  description: 'Correct a source (the old values are kept in the audit log)',
  example: { id: 'S3', reason: 'wrong date', date: '2025-10' },
  access: 'moderator',
  writes: true,
  options: [
    { name: 'id', description: 'Source id, e.g. S3', type: 'string', required: true, positional: true, autocomplete: 'source' },
    { name: 'reason', description: 'Why', type: 'string', required: true },
    ...sourceFieldOptions.map((option) => ({ ...option, required: false })),
  ],
  input: z.object({ id: sourceId, reason: plainText(500), ...sourceFieldShape }),
  run({ services, write }, { id, reason, ...changes }) {
    if (Object.values(changes).every((value) => value === undefined)) throw new UserError('Nothing to change: give at least one of --title, --url, --publisher, --author, --date, --kind, --notes.');
    const source = requireSource(services, id);
    const fields = mergeSourceFields(changes, source.fields);
    services.base.sources.edit(source.rowId, fields, write, reason);
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `Updated ${id}: ${describeSource({ id, ...fields })}.` }], data: { id, ...fields } };
  },
});
