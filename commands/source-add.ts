import { z } from 'zod';
import { toActor } from '../src/actor';
import { describeSource } from '../src/format';
import { mergeSourceFields, sourceFieldOptions, sourceFieldShape } from '../src/moderation/source-fields';
import { UserError } from '../src/user-error';
import { defineCommand } from './definition';

const EMPTY = { title: '', url: null, publisher: null, author: null, publishedOn: null, kind: 'article', notes: null };

/** Adds a source that facts can then cite with --source S<id>. */
export default defineCommand({
  group: 'source',
  name: 'add',
  description: 'Add a source (moderators)',
  example: { title: 'Annual report 2025', url: 'https://example.org/report' },
  access: 'moderator',
  writes: true,
  options: sourceFieldOptions,
  input: z.object(sourceFieldShape),
  run({ caller, services }, input) {
    if (!input.title) throw new UserError('“title” is required: the title of the work.');
    if (!input.url) throw new UserError('“url” is required: an http:// or https:// address where readers find the source.');
    const fields = mergeSourceFields(input, EMPTY);
    const rowId = services.base.sourceWriter.add(fields, toActor(caller, services.now()));
    const text = `Added S${rowId}: ${describeSource({ id: `S${rowId}`, ...fields })}. Cite it with --source S${rowId}.`;
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text }], data: { id: `S${rowId}`, ...fields } };
  },
});
