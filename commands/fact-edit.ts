import { z } from 'zod';
import { factId, plainText } from '../src/fields';
import { expectVersionField, expectVersionOption } from '../src/moderation/expect-version';
import { factContentOptions, factContentShape, toFactContent } from '../src/moderation/fact-content';
import { changeFact, requireVersion } from '../src/moderation/fact-lookup';
import { UserError } from '../src/user-error';
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
  options: [
    { name: 'id', description: 'Fact id, e.g. F12', type: 'string', required: true, positional: true, autocomplete: 'fact' },
    { name: 'reason', description: 'Why (kept in the history)', type: 'string', required: true },
    ...factContentOptions.map((option) => ({ ...option, required: false })),
    expectVersionOption,
  ],
  input: z.object({ id: factId, reason: plainText(500), 'expect-version': expectVersionField, ...factContentShape }),
  run({ services, write }, { id, reason, 'expect-version': expectVersion, ...changes }) {
    if (Object.values(changes).every((value) => value === undefined)) {
      throw new UserError('Nothing to change: give at least one of --statement, --quote, --source, --period, --entities.');
    }
    const { version, fact: view } = changeFact(
      services,
      id,
      (stored) => {
        requireVersion(id, stored, expectVersion);
        return { content: toFactContent(changes, services, stored.content), status: stored.status };
      },
      write,
      reason,
      'edit',
    );
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `${id} is now at version ${version}; /fact history ${id} shows every version.` }, { kind: 'fact', fact: view }],
      data: view,
    };
  },
});
