import * as z from 'zod';
import { plainText } from '../src/fields';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Removes an alias (never an entity's own name). */
export default defineCommand({
  group: 'alias',
  name: 'remove',
  description: 'Remove another name of an entity',
  example: { alias: 'Tadzhikistan' },
  access: 'moderator',
  writes: true,
  input: z.object({ alias: option(plainText(200), { description: 'The alias to remove', positional: true, rest: true }) }),
  async run({ services, write }, { alias }) {
    const owner = await services.base.entities.aliasOwner(alias);
    if (!owner) throw new UserError(`“${alias}” is not an alias. An entity's own name cannot be removed.`, 'unknown-alias');
    await services.base.entities.removeAlias(alias, write);
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `“${alias}” no longer means ${owner.entity}.` }],
      data: { entity: owner.entity, alias },
    };
  },
});
