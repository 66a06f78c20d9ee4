import { z } from 'zod';
import { sourceId } from '../src/fields';
import { describeSource } from '../src/format';
import { requireSource } from '../src/moderation/source-lookup';
import type { Block } from '../src/reply';
import { defineCommand } from './definition';

/** One source with every fact that cites it. */
export default defineCommand({
  group: 'source',
  name: 'show',
  description: 'Show a source and the facts that cite it',
  access: 'anyone',
  options: [{ name: 'id', description: 'Source id, e.g. S3', type: 'string', required: true, positional: true, autocomplete: 'source' }],
  input: z.object({ id: sourceId }),
  run({ services }, { id }) {
    const source = requireSource(services, id);
    const facts = services.base.factViews.getBySource(source.rowId);
    const header = `${id} ${describeSource({ id, ...source.fields })}${source.fields.url ? ` ${source.fields.url}` : ''}`;
    const blocks: Block[] = [{ kind: 'text', text: header }];
    if (source.fields.notes) blocks.push({ kind: 'text', text: source.fields.notes });
    if (source.status === 'retracted') blocks.push({ kind: 'notice', level: 'warning', text: `${id} is retracted: facts citing it are not used in answers.` });
    blocks.push(
      facts.length ? { kind: 'text', text: `${facts.length} fact(s) cite it:` } : { kind: 'text', text: 'No fact cites it yet (further reading).' },
      ...facts.map((fact): Block => ({ kind: 'fact', fact })),
    );
    return { visibility: 'private', title: id, blocks, data: { id, ...source, facts } };
  },
});
