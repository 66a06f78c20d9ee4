import * as z from 'zod';
import { plainText } from '../src/fields';
import { describeSource } from '../src/format';
import { paginate } from '../src/views/paging';
import { pageOption } from '../src/views/view-options';
import { countOf } from '../src/views/wording';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

const PAGE_SIZE = 25;

/** The source catalogue: every source with how many facts it backs, most cited first, page by page. */
export default defineCommand({
  group: 'brief',
  name: 'sources',
  description: 'List the sources (optionally those matching words), with how many facts each backs',
  example: { query: 'Taliban' },
  access: 'anyone',
  input: z.object({
    query: option(plainText(200).optional(), { description: 'Words in the title, author or publisher', positional: true, rest: true }),
    page: pageOption,
  }),
  async run({ services }, { query, page }) {
    const sources = await services.base.sources.list(query);
    if (sources.length === 0) {
      return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `No source matches “${query}”.` }] };
    }
    const shown = paginate(sources, page, PAGE_SIZE, 'the source catalogue');
    const items = shown.items.map((source) => {
      const backing = source.factCount > 0 ? countOf(source.factCount, 'fact') : 'further reading';
      const retracted = source.status === 'retracted' ? ' [retracted]' : '';
      return `${source.id} ${describeSource(source)}${source.url ? ` ${source.url}` : ''} — ${backing}${retracted}`;
    });
    const heading = `${countOf(sources.length, 'source')}${query ? ` match “${query}”` : ''}; those no fact cites are further reading.`;
    return {
      visibility: 'private',
      title: 'Sources',
      blocks: [
        { kind: 'text', text: heading },
        { kind: 'list', items },
      ],
      ...(shown.total > 1 ? { page: { index: shown.index, total: shown.total } } : {}),
      data: shown.items,
    };
  },
});
