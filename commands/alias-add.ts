import * as z from 'zod';
import { AliasTakenError } from '../src/domain/errors';
import { plainText } from '../src/fields';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** Teaches the search another name (or a demonym) for an entity. */
export default defineCommand({
  group: 'alias',
  name: 'add',
  description: 'Add another name for an entity',
  example: { entity: 'Tajikistan', alias: 'Tadzhikistan' },
  access: 'moderator',
  writes: true,
  input: z.object({
    entity: option(plainText(200), { description: 'The entity (a name or alias)', positional: true, autocomplete: 'entity' }),
    alias: option(plainText(200), { description: 'The other name', positional: true, rest: true }),
    demonym: option(z.boolean().default(false), { description: 'It is an adjective such as “Tajik”, not a name' }),
  }),
  async run({ services, write }, { entity, alias, demonym }) {
    const target = await services.searcher.findEntity(entity);
    if (!target) {
      const close = await services.searcher.suggestEntities(entity, 3);
      throw new UserError(`There is no entity “${entity}”${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}.`, 'unknown-entity');
    }
    const taken = (await services.searcher.findEntity(alias)) ?? (await services.base.entities.aliasOwner(alias));
    if (taken) throw new UserError(`“${alias}” already names ${'name' in taken ? taken.name : taken.entity}.`, 'alias-taken');
    try {
      await services.base.entities.addAlias(target.id, target.name, alias, demonym ? 'demonym' : 'name', write);
    } catch (error) {
      // Another moderator took the name between the check above and this write.
      if (error instanceof AliasTakenError) throw new UserError(`“${alias}” already names an entity.`, 'alias-taken');
      throw error;
    }
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `“${alias}” now means ${target.name}.` }],
      data: { entity: target.name, alias },
    };
  },
});
