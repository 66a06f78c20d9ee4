import * as z from 'zod';
import { describeSource } from '../src/format';
import { plainText, sourceId } from '../src/fields';
import { checkSourceChanges, mergeSourceFields, sourceFieldChanges } from '../src/moderation/source-fields';
import { requireSource } from '../src/moderation/source-lookup';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Corrects a source's details; the audit log keeps what they were. */
export default defineCommand({
  group: 'source',
  name: 'edit',
  description: 'Correct a source (the old values are kept in the audit log)',
  example: { id: 'S3', reason: 'wrong date', date: '2025-10' },
  access: 'moderator',
  writes: true,
  input: z
    .object({
      id: option(sourceId, { description: 'Source id, e.g. S3', positional: true, autocomplete: 'source' }),
      reason: option(plainText(500), { description: 'Why' }),
      ...sourceFieldChanges,
    })
    .superRefine(checkSourceChanges),
  async run({ services, write }, { id, reason, ...changes }) {
    const source = await requireSource(services, id);
    const fields = mergeSourceFields(changes, source.fields);
    await services.base.sources.edit(source.rowId, fields, write, reason);
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `Updated ${id}: ${describeSource({ id, ...fields })}.` }],
      data: { id, ...fields },
    };
  },
});
