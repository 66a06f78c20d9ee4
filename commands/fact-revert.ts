import * as z from 'zod';
import type { FactContent, FactSnapshot } from '../src/domain/fact';
import { toRowId } from '../src/domain/ids';
import { factId, plainText } from '../src/fields';
import { expectVersionOption } from '../src/moderation/expect-version';
import { changeFact, requireVersion } from '../src/moderation/fact-lookup';
import type { CoreServices } from '../src/services';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

async function toContent(snapshot: FactSnapshot, services: CoreServices): Promise<FactContent> {
  const proposal = snapshot.proposal ?? { source: null, entities: [] };
  const entities = await Promise.all(snapshot.entities.map((name) => services.searcher.findEntity(name)));
  return {
    statement: snapshot.statement,
    quote: snapshot.quote,
    source: snapshot.sourceId === null ? { create: proposal.source! } : { id: snapshot.sourceId },
    periodStart: snapshot.periodStart,
    periodEnd: snapshot.periodEnd,
    entityIds: entities.flatMap((entity) => entity?.id ?? []),
    newEntities: proposal.entities,
  };
}

/** Makes a new version equal to an old one; the versions in between stay in the history. */
export default defineCommand({
  group: 'fact',
  name: 'revert',
  description: 'Make a fact as it was at an earlier version',
  example: { id: 'F33', version: 1 },
  access: 'moderator',
  writes: true,
  input: z.object({
    id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }),
    version: option(z.coerce.number({ message: 'must be a version number' }).int('must be a whole number').min(1, 'must be 1 or more'), {
      description: 'The version to return to',
      positional: true,
    }),
    reason: option(plainText(500).optional(), { description: 'Why (kept in the history)' }),
    'expect-version': expectVersionOption,
  }),
  async run({ services, write }, { id, version, reason, 'expect-version': expectVersion }) {
    // A version, once written, never changes: it can be read before the write.
    const snapshot = await services.base.facts.snapshotAt(toRowId(id), version);
    const content = snapshot && (await toContent(snapshot, services));
    const { version: now, fact: view } = await changeFact(
      services,
      id,
      (stored) => {
        requireVersion(id, stored, expectVersion);
        if (!snapshot || !content) throw new UserError(`${id} has no version ${version}; it is at version ${stored.version}. /fact history ${id} lists them.`);
        return { content, status: snapshot.status };
      },
      write,
      reason ?? `revert to version ${version}`,
      'revert',
    );
    return {
      visibility: 'private',
      blocks: [
        { kind: 'notice', level: 'info', text: `${id} is back to version ${version}'s content as version ${now}.` },
        { kind: 'fact', fact: view },
      ],
      data: view,
    };
  },
});
