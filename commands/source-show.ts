import { z } from 'zod';
import { sourceId } from '../src/fields';
import { showSource } from '../src/views/source-detail';
import { pageNumber } from '../src/views/paging';
import { pageOption } from '../src/views/view-options';
import { defineCommand } from './definition';

/** One source with every fact that cites it. */
export default defineCommand({
  group: 'source',
  name: 'show',
  description: 'Show a source and the facts that cite it',
  access: 'anyone',
  options: [{ name: 'id', description: 'Source id, e.g. S3', type: 'string', required: true, positional: true, autocomplete: 'source' }, pageOption],
  input: z.object({ id: sourceId, page: pageNumber }),
  run({ services }, { id, page }) {
    return showSource(services, id, page);
  },
});
