import * as z from 'zod';
import type { Gap } from '../db/store';
import type { WriteContext } from '../src/domain/actor';
import type { CommandReply } from '../src/reply';
import type { CoreServices } from '../src/services';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';
import { toFactId } from '../src/domain/ids';

const PAGE_SIZE = 15;
const SHOWS = ['open', 'answered', 'clear'] as const;

function describeGap(gap: Gap): string {
  const when = `first ${gap.firstAsked.slice(0, 10)}, last ${gap.lastAsked.slice(0, 10)}`;
  const answered = gap.answeredBy !== null ? ` · answered by ${toFactId(gap.answeredBy)} on ${gap.answeredAt!.slice(0, 10)}` : '';
  return `“${gap.question}” · asked ${gap.timesAsked}× · ${when}${answered}`;
}

async function clearGaps(services: CoreServices, write: WriteContext): Promise<CommandReply> {
  const removed = await services.base.gaps.clear(write);
  return {
    visibility: 'private',
    blocks: [{ kind: 'notice', level: 'info', text: `Cleared ${removed} question(s) from the list of gaps.` }],
    data: { removed },
  };
}

async function listGaps(services: CoreServices, answered: boolean, page: number): Promise<CommandReply> {
  const { gaps } = services.base;
  const count = await gaps.count(answered);
  const off = services.recordGaps ? '' : ' Gap recording is off (BRIEFBOT_RECORD_GAPS=on turns it on).';
  if (count === 0) return { visibility: 'private', blocks: [{ kind: 'notice', level: 'info', text: `No ${answered ? 'answered' : 'open'} gaps.${off}` }] };
  const total = Math.ceil(count / PAGE_SIZE);
  if (page > total) throw new UserError(`Page ${page} does not exist: the list has ${total} page(s). Try --page ${total}.`, 'no-such-page');
  const items = await gaps.list(answered, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const other = answered ? 'open ones: /review gaps' : `answered ones (${await gaps.count(true)}): /review gaps answered`;
  return {
    visibility: 'private',
    title: answered ? 'Gaps a fact answers now' : 'Questions nobody could answer',
    blocks: [
      { kind: 'text', text: `${count} ${answered ? 'answered' : 'open'} gap(s), most asked first; page ${page} of ${total}. The ${other}.${off}` },
      { kind: 'list', items: items.map(describeGap) },
    ],
    page: { index: page, total },
    data: items,
  };
}

/** The questions nobody could answer, most asked first; or the ones a fact answers now; or clearing the list. */
export default defineCommand({
  group: 'review',
  name: 'gaps',
  description: 'List the most asked questions nobody could answer (answered: the ones answered since; clear: empty the list)',
  example: {},
  access: 'moderator',
  writes: true,
  input: z.object({
    show: option(z.enum(SHOWS, { message: `must be one of ${SHOWS.join(', ')}, e.g. /review gaps answered` }).default('open'), {
      description: SHOWS.join(', '),
      positional: true,
    }),
    page: option(z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1), { description: 'Page number, from 1' }),
  }),
  run({ services, write }, { show, page }) {
    if (show === 'clear') return clearGaps(services, write);
    return listGaps(services, show === 'answered', page);
  },
});
