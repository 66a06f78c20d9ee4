import { z } from 'zod';
import type { StoredReport } from '../db/report-dismissal';
import { toActor } from '../src/actor';
import { MAX_ROW_ID, plainText } from '../src/fields';
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
  .transform((text) => ({ kind: text[0]!.toUpperCase() as 'R' | 'F', row: Number(text.slice(1)) }))
  .refine(({ row }) => row >= 1 && row <= MAX_ROW_ID, TARGET_MESSAGE);

function openReportsOf(services: CoreServices, target: { kind: 'R' | 'F'; row: number }): StoredReport[] {
  const decisions = services.base.reportDecisions;
  if (target.kind === 'F') {
    if (!services.base.facts.current(target.row)) throw new UserError(`There is no fact F${target.row}. Fact ids look like F12; /review list shows reported facts.`, 'unknown-fact');
    const open = decisions.listFor(target.row).filter((report) => report.open);
    if (open.length === 0) throw new UserError(`F${target.row} has no open report; nothing was changed. /review list --reason report shows open reports.`, 'no-open-report');
    return open;
  }
  const report = decisions.find(target.row);
  if (!report) throw new UserError(`There is no report R${target.row}. /review list --reason report shows open reports with their ids.`, 'unknown-report');
  if (!report.open) throw new UserError(`R${target.row} is closed already (${report.dismissedAt ? 'dismissed' : 'the fact changed since'}); nothing was changed.`, 'report-closed');
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
  run({ caller, services }, { id, reason }) {
    const reports = openReportsOf(services, id);
    services.base.reportDecisions.dismiss(reports.map((report) => report.id), reason, toActor(caller, services.now()));
    const names = reports.map((report) => `R${report.id}`).join(', ');
    return {
      visibility: 'private',
      blocks: [{ kind: 'notice', level: 'info', text: `Dismissed ${names} on F${reports[0]!.factId}; /fact history F${reports[0]!.factId} shows why.` }],
    };
  },
});
