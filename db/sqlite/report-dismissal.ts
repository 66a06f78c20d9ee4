import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import { toFactId, toReportId } from '../../src/domain/ids';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';
import type { StoredReport } from '../store';

const COLUMNS = `p.id, p.fact_id AS factId, p.fact_version AS factVersion, p.reason, p.display_name AS displayName, p.at,
  (p.dismissed_at IS NULL AND f.status = 'active' AND f.version = p.fact_version) AS open,
  p.dismissed_at AS dismissedAt, p.dismissed_by AS dismissedBy, p.dismiss_reason AS dismissReason`;

type ReportRow = Omit<StoredReport, 'open'> & { open: number };

const toReport = (row: ReportRow): StoredReport => ({ ...row, open: row.open === 1 });

/** Reads reports and closes them without changing the fact; each dismissal is audited in the same transaction. */
export function createReportDismissal(db: Database) {
  const audit = createAuditLog(db);
  const byId = db.prepare<[number], ReportRow>(`SELECT ${COLUMNS} FROM fact_reports p JOIN facts f ON f.id = p.fact_id WHERE p.id = ?`);
  const byFact = db.prepare<[number], ReportRow>(`SELECT ${COLUMNS} FROM fact_reports p JOIN facts f ON f.id = p.fact_id WHERE p.fact_id = ? ORDER BY p.id`);
  const close = db.prepare(`UPDATE fact_reports SET dismissed_at = @at, dismissed_by = @by, dismiss_reason = @reason WHERE id = @id AND dismissed_at IS NULL`);
  return {
    /** One report by row id. */
    find(id: number): StoredReport | undefined {
      const row = byId.get(id);
      return row && toReport(row);
    },
    /** Every report on a fact, oldest first, open or closed. */
    listFor(factId: number): StoredReport[] {
      return byFact.all(factId).map(toReport);
    },
    /** Dismisses the given open reports with one reason and one audit entry per report. */
    dismiss: writeTransaction(db, (ids: readonly number[], reason: string, { actor, command }: WriteContext): void => {
      for (const id of ids) {
        const report = byId.get(id);
        close.run({ id, reason, by: actor.displayName, at: actor.at });
        audit.append(actor, command, report ? toFactId(report.factId) : null, { report: toReportId(id), reason });
      }
    }),
  };
}
