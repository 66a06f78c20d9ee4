import { toReportId } from '../../src/domain/ids';
import { parseProposal } from '../sqlite/proposal';
import type { ReviewItem, ReviewReason } from '../store';
import type { SqlDatabase } from './sql-client';
import { toIsoText } from './timestamps';

interface ItemRow extends Omit<ReviewItem, 'proposal' | 'reportId' | 'at'> {
  at: Date;
  proposal: string | null;
  reportRowId: number | null;
}

// One row per reason a fact is queued. A report stays open while the fact is at the version reported
// and no moderator dismissed it.
const QUEUE = `
  SELECT f.id AS "factId", 'suggestion' AS reason, r.changed_by AS "by", coalesce(r.display_name, r.changed_by) AS "displayName",
         r.platform, r.workspace_id AS "workspaceId", r.changed_at AS at, NULL::text AS note, f.proposal, NULL::integer AS "reportRowId"
    FROM facts f JOIN fact_revisions r ON r.fact_id = f.id AND r.version = 1
   WHERE f.status = 'pending'
  UNION ALL
  SELECT f.id, 'retracted-source', coalesce(a.user_id, 'unknown'), coalesce(a.display_name, 'unknown'), coalesce(a.platform, 'unknown'),
         a.workspace_id, coalesce(a.at, s.updated_at), a.detail::json ->> 'reason', NULL, NULL
    FROM facts f JOIN sources s ON s.id = f.source_id
    LEFT JOIN audit_log a ON a.id = (SELECT max(id) FROM audit_log WHERE command = 'source retract' AND target = 'S' || s.id)
   WHERE f.status = 'active' AND s.status = 'retracted'
  UNION ALL
  SELECT f.id, 'report', p.by, p.display_name, p.platform, p.workspace_id, p.at, p.reason, NULL, p.id
    FROM fact_reports p JOIN facts f ON f.id = p.fact_id
   WHERE f.status = 'active' AND p.fact_version = f.version AND p.dismissed_at IS NULL`;

/** Reads the review queue, oldest first, a page at a time, optionally of one reason only. */
export function createPostgresReviewQueue(db: SqlDatabase) {
  return {
    /** The items of one page (`offset` items skipped). */
    async list(reason: ReviewReason | null, limit: number, offset: number): Promise<ReviewItem[]> {
      const { rows } = await db.query<ItemRow>(
        `SELECT * FROM (${QUEUE}) queue WHERE $1::text IS NULL OR reason = $1 ORDER BY at, "factId" LIMIT $2 OFFSET $3`,
        [reason, limit, offset],
      );
      return rows.map(({ reportRowId, ...row }) => ({
        ...row,
        at: toIsoText(row.at),
        proposal: parseProposal(row.proposal),
        reportId: reportRowId === null ? null : toReportId(reportRowId),
      }));
    },
    /** How many items wait, of one reason or all. */
    async count(reason: ReviewReason | null): Promise<number> {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM (${QUEUE}) queue WHERE $1::text IS NULL OR reason = $1`, [reason]);
      return rows[0]!.n;
    },
  };
}
