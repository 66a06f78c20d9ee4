import { z } from 'zod';
import { plainText } from '../src/fields';
import { buildEntityProfile } from '../src/views/entity-profile';
import { toEntityProfileReply } from '../src/views/entity-profile-reply';
import { requireEntity } from '../src/views/subject';
import { defineCommand } from './definition';

/** An entity's profile: names, counts, latest facts, key figures and the entities it appears with. */
export default defineCommand({
  group: 'brief',
  name: 'entity',
  description: 'Profile of an entity: names, facts, sources, latest facts, key figures, related entities',
  example: { name: 'Tajikistan' },
  access: 'anyone',
  options: [{ name: 'name', description: 'Entity name or alias, e.g. TTP', type: 'string', required: true, positional: true, rest: true, autocomplete: 'entity' }],
  input: z.object({ name: plainText(200) }),
  run({ caller, services }, { name }) {
    return toEntityProfileReply(buildEntityProfile(services, requireEntity(services, name, caller.platform)));
  },
});
