import * as z from 'zod';
import { plainText } from '../src/fields';
import { buildEntityProfile } from '../src/views/entity-profile';
import { toEntityProfileReply } from '../src/views/entity-profile-reply';
import { requireEntity } from '../src/views/subject';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** An entity's profile: names, counts, latest facts, key figures and the entities it appears with. */
export default defineCommand({
  group: 'brief',
  name: 'entity',
  description: 'Profile of an entity: names, facts, sources, latest facts, key figures, related entities',
  example: { name: 'Tajikistan' },
  access: 'anyone',
  input: z.object({ name: option(plainText(200), { description: 'Entity name or alias, e.g. TTP', positional: true, rest: true, autocomplete: 'entity' }) }),
  async run({ caller, services }, { name }) {
    return toEntityProfileReply(await buildEntityProfile(services, await requireEntity(services, name, caller.platform)));
  },
});
