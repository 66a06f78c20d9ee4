import * as z from 'zod';
import { plainText } from '../src/fields';
import type { Block } from '../src/reply';
import { isEmptyQuery } from '../src/search/query';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

const PAGE_SIZE = 5;

/** Lists the facts a search finds, answering ones first, page by page. */
export default defineCommand({
  group: 'brief',
  name: 'search',
  description: 'List the facts matching words, names or a period',
  example: { query: 'madrassas', page: 2 },
  access: 'anyone',
  input: z.object({
    query: option(plainText(500), { description: 'Words, names or a period', positional: true, rest: true }),
    page: option(z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1), { description: 'Page number, from 1' }),
  }),
  async run({ services }, { query, page }) {
    const result = await services.searcher.ask(query, { maxAnswers: 50, maxRelated: 50 });
    if (isEmptyQuery(result.query)) throw new UserError(`There is nothing to search for in “${query}”.`, 'empty-query');
    const found = [...result.answers, ...result.related];
    if (found.length === 0) {
      return { visibility: 'private', title: query, blocks: [{ kind: 'notice', level: 'info', text: `No fact matches “${query}”.` }] };
    }
    const total = Math.ceil(found.length / PAGE_SIZE);
    if (page > total) throw new UserError(`Page ${page} does not exist: “${query}” has ${total} page(s).`, 'no-such-page');
    const shown = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const blocks: Block[] = [
      { kind: 'text', text: `${found.length} fact(s) match “${query}”; page ${page} of ${total}.` },
      ...shown.map(({ fact }): Block => ({ kind: 'fact', fact })),
    ];
    return {
      visibility: 'private',
      title: query,
      blocks,
      page: { index: page, total },
      data: shown.map(({ fact }) => fact),
    };
  },
});
