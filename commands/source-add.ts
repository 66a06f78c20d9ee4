import { z } from 'zod';
import { toActor } from '../src/actor';
import { describeSource } from '../src/format';
import { mergeSourceFields, sourceFieldOptions, sourceFieldShape } from '../src/moderation/source-fields';
import type { Block } from '../src/reply';
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
    const alike = services.base.sources.findAlike(fields.url, fields.title);
    const rowId = services.base.sourceWriter.add(fields, toActor(caller, services.now()));
    const text = `Added S${rowId}: ${describeSource({ id: `S${rowId}`, ...fields })}. Cite it with --source S${rowId}.`;
    const blocks: Block[] = [{ kind: 'notice', level: 'info', text }];
    for (const source of alike) {
      const same = source.url === fields.url ? 'the same address' : 'the same title';
      blocks.push({ kind: 'notice', level: 'warning', text: `${source.id} has ${same}: ${describeSource(source)}. If it is the same work, cite ${source.id} and retract S${rowId} (/source retract S${rowId} duplicate).` });
    }
    return { visibility: 'private', blocks, data: { id: `S${rowId}`, ...fields, alike: alike.map((source) => source.id) } };
  },
});
