import * as z from 'zod';
import { factId, plainText } from '../src/fields';
import { expectVersionOption } from '../src/moderation/expect-version';
import { factContentChanges, toFactContent } from '../src/moderation/fact-content';
import { checkFactChanges } from '../src/moderation/fact-content-rules';
import { rebaseEdit } from '../src/moderation/fact-edit-rebase';
import { changeFact, requireFact, requireVersion } from '../src/moderation/fact-lookup';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/**
 * Changes any field of a fact as a new version; the previous version stays in the history. The
 * options are checked against the stores (source, entities, quote) before the write; the write's
 * transaction lays them over the fact as it is then, so an edit never undoes another made
 * meanwhile; `--expect-version` refuses one based on a version the fact has moved past.
 */
export default defineCommand({
  group: 'fact',
  name: 'edit',
  description: 'Change a fact (the old version is kept)',
  example: { id: 'F33', statement: 'Tajikistan shares a 1,357 km border with Afghanistan', reason: 'typo in the figure' },
  access: 'moderator',
  writes: true,
  input: z
    .object({
      id: option(factId, { description: 'Fact id, e.g. F12', positional: true, autocomplete: 'fact' }),
      reason: option(plainText(500), { description: 'Why (kept in the history)' }),
      ...factContentChanges,
      'expect-version': expectVersionOption,
    })
    .superRefine(checkFactChanges),
  async run({ services, write }, { id, reason, 'expect-version': expectVersion, ...changes }) {
    const seen = await requireFact(services, id);
    requireVersion(id, seen, expectVersion);
    const edited = await toFactContent(changes, services, seen.content);
    const { version, fact: view } = await changeFact(
      services,
      id,
      (stored) => {
        requireVersion(id, stored, expectVersion);
        const content = rebaseEdit(changes, edited, stored.content);
        // The quote was checked against words changed meanwhile: refuse as for a stale version.
        if (!content) requireVersion(id, stored, seen.version);
        return { content: content!, status: stored.status };
      },
      write,
      reason,
      'edit',
    );
    return {
      visibility: 'private',
      blocks: [
        { kind: 'notice', level: 'info', text: `${id} is now at version ${version}; /fact history ${id} shows every version.` },
        { kind: 'fact', fact: view },
      ],
      data: view,
    };
  },
});
