import * as z from 'zod';
import { plainText, sourceId } from '../src/fields';
import { requireSource } from '../src/moderation/source-lookup';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';
import { toFactId } from '../src/domain/ids';

/**
 * Retracts or restores a source. Facts citing a retracted source leave the answers and are
 * flagged in the review queue; none is deleted or changed.
 */
export function createSourceStatusCommand(settings: { name: 'retract' | 'restore'; description: string; example: Record<string, string> }) {
  const to = settings.name === 'retract' ? 'retracted' : 'active';
  return defineCommand({
    group: 'source',
    name: settings.name,
    description: settings.description,
    example: settings.example,
    access: 'moderator',
    writes: true,
    input: z.object({
      id: option(sourceId, { description: 'Source id, e.g. S3', positional: true, autocomplete: 'source' }),
      reason: option(settings.name === 'retract' ? plainText(500) : plainText(500).optional(), { description: 'Why', positional: true, rest: true }),
    }),
    async run({ services, write }, { id, reason }) {
      const source = await requireSource(services, id);
      if (source.status === to) throw new UserError(`${id} is already ${to}.`, 'wrong-status');
      const flagged = await services.base.sources.setStatus(source.rowId, to, write, reason ?? null);
      const ids = flagged.map((rowId) => toFactId(rowId));
      const text =
        to === 'retracted'
          ? `${id} is retracted. ${ids.length} fact(s) cite it and are flagged for review (/review list)${ids.length ? `: ${ids.join(', ')}` : ''}.`
          : `${id} is restored; the ${ids.length} fact(s) citing it are used in answers again.`;
      return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text }], data: { id, status: to, facts: ids } };
    },
  });
}
