import { z } from 'zod';
import { sourceId } from '../src/fields';
import { showSource } from '../src/views/source-detail';
import { pageNumber } from '../src/views/paging';
import { pageOption } from '../src/views/view-options';
import { defineCommand } from './definition';

/** One source with the facts that cite it: the read-only twin of `source show`, under /brief. */
export default defineCommand({
  group: 'brief',
  name: 'source',
  description: 'Show a source and the facts that cite it',
  access: 'anyone',
  options: [{ name: 'id', description: 'Source id, e.g. S3', type: 'string', required: true, positional: true, autocomplete: 'source' }, pageOption],
  input: z.object({ id: sourceId, page: pageNumber }),
  run({ services }, { id, page }) {
    return showSource(services, id, page);
  },
});
