import { z } from 'zod';
import { showSourceText } from '../src/documents/source-text-view';
import { sourceId } from '../src/fields';
import { pageNumber } from '../src/views/paging';
import { showSource } from '../src/views/source-detail';
import { pageOption } from '../src/views/view-options';
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
    options: [
      { name: 'id', description: 'Source id, e.g. S3', type: 'string', required: true, positional: true, autocomplete: 'source' },
      pageOption,
      { name: 'text', description: 'Page through its stored text, with offsets', type: 'boolean', required: false },
    ],
    input: z.object({ id: sourceId, page: pageNumber, text: z.boolean().default(false) }),
    run: ({ services }, { id, page, text }) => (text ? showSourceText(services, id, page) : showSource(services, id, page)),
  });
}
