import { z } from 'zod';
import { plainText } from '../src/fields';
import { UserError } from '../src/user-error';
import { defineCommand } from './definition';

/** Teaches the search another name (or a demonym) for an entity. */
export default defineCommand({
  group: 'alias',
  name: 'add',
  description: 'Add another name for an entity',
  example: { entity: 'Tajikistan', alias: 'Tadzhikistan' },
  access: 'moderator',
  writes: true,
  options: [
    { name: 'entity', description: 'The entity (a name or alias)', type: 'string', required: true, positional: true, autocomplete: 'entity' },
    { name: 'alias', description: 'The other name', type: 'string', required: true, positional: true, rest: true },
    { name: 'demonym', description: 'It is an adjective such as “Tajik”, not a name', type: 'boolean', required: false },
  ],
  input: z.object({ entity: plainText(200), alias: plainText(200), demonym: z.boolean().default(false) }),
  run({ services, write }, { entity, alias, demonym }) {
    const target = services.searcher.findEntity(entity);
    if (!target) {
      const close = services.searcher.suggestEntities(entity, 3);
      throw new UserError(`There is no entity “${entity}”${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}.`, 'unknown-entity');
    }
    const taken = services.searcher.findEntity(alias) ?? services.base.entities.aliasOwner(alias);
    if (taken) throw new UserError(`“${alias}” already names ${'name' in taken ? taken.name : taken.entity}.`, 'alias-taken');
    services.base.entities.addAlias(target.id, target.name, alias, demonym ? 'demonym' : 'name', write);
    return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `“${alias}” now means ${target.name}.` }], data: { entity: target.name, alias } };
  },
});
