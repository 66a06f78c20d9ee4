import * as z from 'zod';
import { toRowId } from '../src/domain/ids';
import { factId } from '../src/fields';
import type { Block } from '../src/reply';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Shows one fact with its full citation, whatever its status. */
export default defineCommand({
  group: 'brief',
  name: 'fact',
  description: 'Show one fact with its full citation',
  example: { id: 'F3' },
  access: 'anyone',
  input: z.object({ id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }) }),
  async run({ services }, { id }) {
    const fact = await services.base.facts.getOne(toRowId(id));
    if (!fact) throw new UserError(`There is no fact ${id}. Fact ids look like F12; /brief search finds them.`, 'unknown-fact');
    const blocks: Block[] = [{ kind: 'fact', fact }];
    if (fact.status !== 'active') {
      blocks.unshift({ kind: 'notice', level: 'warning', text: `${id} is ${fact.status}: it is not used in answers.` });
    }
    return { visibility: 'private', title: id, blocks, data: fact };
  },
});
