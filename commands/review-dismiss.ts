import * as z from 'zod';
import type { StoredReport } from '../db/store';
import { MAX_ROW_ID, toFactId, toReportId, toRowId } from '../src/domain/ids';
import { plainText } from '../src/fields';
import type { CoreServices } from '../src/services';
import { UserError } from '../src/user-error';
import { option } from '../src/option-meta';
import { defineCommand } from './definition';

const TARGET_MESSAGE = `must be a report id such as R3 or a fact id such as F12 (1 to ${MAX_ROW_ID})`;

// A report id (R3) names one report; a fact id (F12) every open report on that fact.
const reportTarget = z
  .string()
  .trim()
  .max(11, { error: TARGET_MESSAGE, abort: true })
  .regex(/^[RF]\d{1,10}$/i, TARGET_MESSAGE)
  .transform((text) => ({ kind: text[0]!.toUpperCase() as 'R' | 'F', row: toRowId(text) }))
  .refine(({ row }) => row >= 1 && row <= MAX_ROW_ID, TARGET_MESSAGE);

async function openReportsOf(services: CoreServices, target: { kind: 'R' | 'F'; row: number }): Promise<StoredReport[]> {
  const review = services.base.review;
  if (target.kind === 'F') {
    if (!(await services.base.facts.current(target.row)))
      throw new UserError(`There is no fact ${toFactId(target.row)}. Fact ids look like F12; /review list shows reported facts.`, 'unknown-fact');
    const open = (await review.reportsOn(target.row)).filter((report) => report.open);
    if (open.length === 0)
      throw new UserError(
        `${toFactId(target.row)} has no open report; nothing was changed. /review list --reason report shows open reports.`,
        'no-open-report',
      );
    return open;
  }
  const report = await review.findReport(target.row);
  if (!report)
    throw new UserError(`There is no report ${toReportId(target.row)}. /review list --reason report shows open reports with their ids.`, 'unknown-report');
  if (!report.open)
    throw new UserError(
      `${toReportId(target.row)} is closed already (${report.dismissedAt ? 'dismissed' : 'the fact changed since'}); nothing was changed.`,
      'report-closed',
    );
  return [report];
}

/** Closes reports on a fact that is right as it stands, with the reason, kept in the fact's history. */
export default defineCommand({
  group: 'review',
  name: 'dismiss',
  description: 'Dismiss a report (or every open report on a fact), with the reason',
  example: { id: 'R3', reason: 'the source does say 2,430 km' },
  access: 'moderator',
  writes: true,
  input: z.object({
    id: option(reportTarget, { description: 'Report id (R3) or fact id (F12)', positional: true }),
    reason: option(plainText(500), { description: 'Why the fact stands as it is', positional: true, rest: true }),
  }),
  async run({ services, write }, { id, reason }) {
    const reports = await openReportsOf(services, id);
    await services.base.review.dismiss(
      reports.map((report) => report.id),
      reason,
      write,
    );
    const names = reports.map((report) => toReportId(report.id)).join(', ');
    const fact = toFactId(reports[0]!.factId);
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `Dismissed ${names} on ${fact}; /fact history ${fact} shows why.` }],
    };
  },
});
