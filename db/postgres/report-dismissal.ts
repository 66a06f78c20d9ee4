import type { WriteContext } from '../../src/domain/actor';
import { toFactId, toReportId } from '../../src/domain/ids';
import type { StoredReport } from '../store';
import { appendAudit } from './audit-log';
import type { SqlDatabase, SqlSession } from './sql-client';
import { toIsoText, toIsoTextOrNull } from './timestamps';

const COLUMNS = `p.id, p.fact_id AS "factId", p.fact_version AS "factVersion", p.reason, p.display_name AS "displayName", p.at,
  (p.dismissed_at IS NULL AND f.status = 'active' AND f.version = p.fact_version) AS open,
  p.dismissed_at AS "dismissedAt", p.dismissed_by AS "dismissedBy", p.dismiss_reason AS "dismissReason"`;

type ReportRow = Omit<StoredReport, 'at' | 'dismissedAt'> & { at: Date; dismissedAt: Date | null };

const toReport = (row: ReportRow): StoredReport => ({ ...row, at: toIsoText(row.at), dismissedAt: toIsoTextOrNull(row.dismissedAt) });

async function findReport(sql: Pick<SqlSession, 'query'>, id: number): Promise<StoredReport | undefined> {
  const { rows } = await sql.query<ReportRow>(`SELECT ${COLUMNS} FROM fact_reports p JOIN facts f ON f.id = p.fact_id WHERE p.id = $1`, [id]);
  return rows[0] && toReport(rows[0]);
}

/** Reads reports and closes them without changing the fact; each dismissal is audited in the same transaction. */
export function createPostgresReportDismissal(db: SqlDatabase) {
  return {
    /** One report by row id. */
    find: (id: number): Promise<StoredReport | undefined> => findReport(db, id),
    /** Every report on a fact, oldest first, open or closed. */
    async listFor(factId: number): Promise<StoredReport[]> {
      const { rows } = await db.query<ReportRow>(`SELECT ${COLUMNS} FROM fact_reports p JOIN facts f ON f.id = p.fact_id WHERE p.fact_id = $1 ORDER BY p.id`, [
        factId,
      ]);
      return rows.map(toReport);
    },
    /** Dismisses the given open reports with one reason and one audit entry per report. */
    dismiss(ids: readonly number[], reason: string, { actor, command }: WriteContext): Promise<void> {
      return db.transaction(async (session) => {
        for (const id of ids) {
          const report = await findReport(session, id);
          await session.query(`UPDATE fact_reports SET dismissed_at = $2, dismissed_by = $3, dismiss_reason = $4 WHERE id = $1 AND dismissed_at IS NULL`, [
            id,
            actor.at,
            actor.displayName,
            reason,
          ]);
          await appendAudit(session, actor, command, report ? toFactId(report.factId) : null, { report: toReportId(id), reason });
        }
      });
    },
  };
}
