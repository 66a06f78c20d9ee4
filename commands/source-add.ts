import * as z from 'zod';
import { toSourceId } from '../src/domain/ids';
import { MAX_DOCUMENT_BYTES, decodeDocument } from '../src/documents/decode-document';
import { readDocumentFile } from '../src/documents/read-document-file';
import { describeSource } from '../src/format';
import { plainText } from '../src/fields';
import { mergeSourceFields, sourceFieldShape } from '../src/moderation/source-fields';
import type { Block } from '../src/reply';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
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
  input: z
    .object({
      ...sourceFieldShape,
      file: option(plainText(1000).optional(), { description: 'Its text: a UTF-8 .txt or .md file (terminal)' }),
      text: option(z.string().max(MAX_DOCUMENT_BYTES, `must be at most ${MAX_DOCUMENT_BYTES} characters`).optional(), {
        description: 'Its text, pasted (plain text or Markdown)',
        multiline: true,
        fromAttachment: true,
      }),
    })
    .refine((input) => !(input.file && input.text !== undefined), 'Give the text either as --file (a file) or as --text (pasted), not both.'),
  async run({ caller, services, write }, input) {
    if (input.file && caller.platform !== 'terminal' && caller.platform !== 'cli') {
      throw new UserError('“file” names a file on this computer and works on the terminal only; here, attach the document instead.');
    }
    const body = input.file
      ? readDocumentFile(input.file)
      : input.text === undefined
        ? undefined
        : decodeDocument(Buffer.from(input.text, 'utf8'), 'The pasted text');
    const fields = mergeSourceFields(input, EMPTY);
    const alike = await services.base.sources.findAlike(fields.url, fields.title);
    const rowId = await services.base.sources.add(fields, write, body);
    const added = toSourceId(rowId);
    const stored = body === undefined ? '' : ` Its text (${body.length.toLocaleString('en')} characters) is stored: read it with /source show ${added} --text.`;
    const text = `Added ${added}: ${describeSource({ id: added, ...fields })}. Cite it with --source ${added}.${stored}`;
    const blocks: Block[] = [{ kind: 'notice', level: 'info', text }];
    for (const source of alike) {
      const same = source.url === fields.url ? 'the same address' : 'the same title';
      blocks.push({
        kind: 'notice',
        level: 'warning',
        text: `${source.id} has ${same}: ${describeSource(source)}. If it is the same work, cite ${source.id} and retract ${added} (/source retract ${added} duplicate).`,
      });
    }
    return { visibility: 'private', blocks, data: { id: added, ...fields, hasText: body !== undefined, alike: alike.map((source) => source.id) } };
  },
});
