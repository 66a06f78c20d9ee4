import * as z from 'zod';
import { showSourceText } from '../src/documents/source-text-view';
import { sourceId } from '../src/fields';
import { showSource } from '../src/views/source-detail';
import { pageOption } from '../src/views/view-options';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/**
 * One source with the facts that cite it. Readers find it as `/brief source`, moderators beside
 * their other source commands as `/source show`; both are this command.
 */
export function createSourceDetailCommand(group: 'brief' | 'source', name: 'source' | 'show') {
  return defineCommand({
    group,
    name,
    description: 'Show a source and the facts that cite it',
    example: { id: 'S1' },
    access: 'anyone',
    input: z.object({
      id: option(sourceId, { description: 'Source id, e.g. S3', positional: true, autocomplete: 'source' }),
      page: pageOption,
      text: option(z.boolean().default(false), { description: 'Page through its stored text, with offsets' }),
    }),
    run: ({ services }, { id, page, text }) => (text ? showSourceText(services, id, page) : showSource(services, id, page)),
  });
}
