import * as z from 'zod';
import type { ReviewReason } from '../db/store';
import type { Block } from '../src/reply';
import { describeProposal, describeReviewItem } from '../src/moderation/review-item';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';
import { toFactId } from '../src/domain/ids';

const PAGE_SIZE = 10;
const REASONS = ['suggestion', 'retracted-source', 'report'] as const satisfies readonly ReviewReason[];

/** The review queue, page by page: suggestions, facts whose source was retracted, reported facts. */
export default defineCommand({
  group: 'review',
  name: 'list',
  description: 'List what waits for review: suggestions, retracted sources, reports',
  example: {},
  access: 'moderator',
  input: z.object({
    reason: option(z.enum(REASONS, { message: `must be one of ${REASONS.join(', ')}` }).optional(), { description: REASONS.join(', ') }),
    page: option(z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1), { description: 'Page number, from 1' }),
  }),
  async run({ services }, { reason, page }) {
    const queue = services.base.review;
    const count = await queue.count(reason ?? null);
    if (count === 0)
      return {
        visibility: 'private',
        blocks: [{ kind: 'notice', level: 'info', text: reason ? `Nothing waits for review as ${reason}.` : 'Nothing waits for review.' }],
      };
    const total = Math.ceil(count / PAGE_SIZE);
    if (page > total) throw new UserError(`Page ${page} does not exist: the queue has ${total} page(s). Try --page ${total}.`, 'no-such-page');
    const items = await queue.list(reason ?? null, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    const views = new Map((await services.base.facts.getMany(items.map((item) => item.factId))).map((view) => [view.id, view]));
    const blocks: Block[] = [
      {
        kind: 'text',
        text: `${count} item(s) wait for review; page ${page} of ${total}. Approve with /review approve <id>, reject with /review reject <id> <reason>; a reported fact or one whose source was retracted can be edited or retracted, and a report on a fact that stands is closed with /review dismiss <report id> <reason>.`,
      },
      ...items.flatMap((item): Block[] => {
        const proposal = describeProposal(item);
        return [
          { kind: 'text', text: describeReviewItem(item) },
          ...(proposal ? [{ kind: 'text', text: proposal } as const] : []),
          { kind: 'fact', fact: views.get(toFactId(item.factId))! },
        ];
      }),
    ];
    return { visibility: 'private', title: 'Review queue', blocks, page: { index: page, total }, data: { count, page, items } };
  },
});
