import { z } from 'zod';
import { toActor } from '../src/actor';
import { factId, plainText } from '../src/fields';
import { expectVersionOption } from '../src/moderation/expect-version';
import { factContentChanges, toFactContent } from '../src/moderation/fact-content';
import { checkFactChanges } from '../src/moderation/fact-content-rules';
import { requireFact, requireVersion } from '../src/moderation/fact-lookup';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/**
 * Changes any field of a fact as a new version; the previous version stays in the history. The
 * fact is read, checked and written in one transaction, so an edit never undoes another made
 * meanwhile; `--expect-version` refuses one based on a version the fact has moved past.
 */
export default defineCommand({
  group: 'fact',
  name: 'edit',
  description: 'Change a fact (the old version is kept)',
  example: { id: 'F33', statement: 'Tajikistan shares a 1,357 km border with Afghanistan', reason: 'typo in the figure' },
  access: 'moderator',
  writes: true,
  input: z.object({
    id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }),
    reason: option(plainText(500), { description: 'Why (kept in the history)' }),
    ...factContentChanges,
    'expect-version': expectVersionOption,
  }).superRefine(checkFactChanges),
  run({ caller, services }, { id, reason, 'expect-version': expectVersion, ...changes }) {
    const fact = requireFact(services, id);
    const version = services.base.facts.change(
      fact.rowId,
      (stored) => {
        requireVersion(id, stored, expectVersion);
        return { content: toFactContent(changes, services, stored.content), status: stored.status };
      },
      toActor(caller, services.now()),
      { command: 'fact edit', reason },
      'edit',
    );
    const view = services.base.factViews.getOne(fact.rowId)!;
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `${id} is now at version ${version}; /fact history ${id} shows every version.` }, { kind: 'fact', fact: view }],
      data: view,
    };
  },
});
