import { z } from 'zod';
import { plainText } from '../src/fields';
import { describeSource } from '../src/format';
import { defineCommand } from './definition';

/** The source catalogue: every source with how many facts it backs. */
export default defineCommand({
  group: 'brief',
  name: 'sources',
  description: 'List the sources (optionally those matching words), with how many facts each backs',
  access: 'anyone',
  options: [{ name: 'query', description: 'Words in the title, author or publisher', type: 'string', required: false, positional: true, rest: true }],
  input: z.object({ query: plainText(200).optional() }),
  run({ services }, { query }) {
    const sources = services.base.sources.list(query);
    if (sources.length === 0) {
      return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `No source matches “${query}”.` }] };
    }
    const items = sources.map((source) => {
      const backing = source.factCount > 0 ? `${source.factCount} fact(s)` : 'further reading';
      const retracted = source.status === 'retracted' ? ' [retracted]' : '';
      return `${source.id} ${describeSource(source)}${source.url ? ` ${source.url}` : ''} — ${backing}${retracted}`;
    });
    return { visibility: 'private', title: 'Sources', blocks: [{ kind: 'list', items }], data: sources };
  },
});
