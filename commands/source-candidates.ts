import * as z from 'zod';
import { type CandidateDraft, draftCandidates } from '../src/documents/draft-candidates';
import { locateQuote } from '../src/documents/normalise-text';
import type { Passage } from '../src/domain/passages';
import { sourceId } from '../src/fields';
import { requireSource } from '../src/moderation/source-lookup';
import type { Block } from '../src/reply';
import type { CoreServices } from '../src/services';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

/** How many drafts one run proposes, so the review queue grows a page at a time. */
export const CANDIDATES_PER_RUN = 10;

// A sentence that any fact or suggestion already quotes (in part) is not proposed again.
async function findUnquoted(services: CoreServices, rowId: number, text: string, passages: readonly Passage[]): Promise<Passage[]> {
  const quoted = (await services.base.sources.quotesCiting(rowId)).flatMap((quote) => locateQuote(text, quote) ?? []);
  return passages.filter((passage) => !quoted.some((range) => range.start < passage.end && passage.start < range.end));
}

function describeGuesses(id: string, draft: CandidateDraft): string {
  const period = draft.period ? `period ${draft.period.start} (from “${draft.periodFrom}”)` : 'no period found';
  const entities = draft.entities.length
    ? `entities ${draft.entities.map((entity) => `${entity.name} (from “${entity.from}”)`).join(', ')}`
    : 'no known entity named';
  return `${id} guessed: ${period}; ${entities}. Reword the statement with /fact edit ${id} before approving.`;
}

/** Proposes draft facts from a source's stored text as suggestions for review; never twice the same sentence. */
export default defineCommand({
  group: 'source',
  name: 'candidates',
  description: 'Propose draft facts from a source’s text for review (moderators)',
  example: { id: 'S1' },
  access: 'moderator',
  writes: true,
  input: z.object({ id: option(sourceId, { description: 'Source id, e.g. S3', positional: true, autocomplete: 'source' }) }),
  async run({ services, write }, { id }) {
    const source = await requireSource(services, id);
    const text = await services.base.sources.textOf(source.rowId);
    if (text === undefined)
      throw new UserError(
        `${id} has no stored text to draft from; add a source with its text: /source add --title "…" --url https://… --file article.txt.`,
        'no-source-text',
      );
    if (source.status === 'retracted') throw new UserError(`${id} is retracted; facts may not cite it.`);
    const unquoted = await findUnquoted(services, source.rowId, text, await services.base.sources.passagesOf(source.rowId));
    const drafts = draftCandidates(unquoted, await services.base.entities.listTerms());
    const batch = drafts.slice(0, CANDIDATES_PER_RUN);
    const rowIds = await services.base.facts.addMany(
      batch.map((draft) => ({
        statement: draft.statement,
        quote: draft.passage.text,
        source: { id: source.rowId },
        periodStart: draft.period?.start ?? null,
        periodEnd: draft.period?.end ?? null,
        entityIds: draft.entities.map((entity) => entity.id),
        newEntities: [],
      })),
      'pending',
      write,
    );
    const facts = await services.base.facts.getMany(rowIds);
    const left = drafts.length - batch.length;
    const summary = batch.length
      ? `Proposed ${batch.length} draft fact(s) from ${id} as suggestions; none is used in answers until approved (/review list).${left ? ` ${left} more sentence(s) can be drafted: run /source candidates ${id} again.` : ''}`
      : `Nothing new to propose from ${id}: every sentence with a figure, a date or a known entity is already quoted by a fact or a suggestion.`;
    const blocks: Block[] = [{ kind: 'notice', level: 'info', text: summary }];
    for (const [index, fact] of facts.entries()) blocks.push({ kind: 'fact', fact }, { kind: 'text', text: describeGuesses(fact.id, batch[index]!) });
    return { visibility: 'private', blocks, data: { id, proposed: facts, remaining: left } };
  },
});
