import type { Database } from 'better-sqlite3';
import { toReportId } from '../../src/domain/ids';
import { parseProposal } from './proposal';
import type { ReviewItem, ReviewReason } from '../store';

interface ItemRow extends Omit<ReviewItem, 'proposal' | 'reportId'> {
  proposal: string | null;
  reportRowId: number | null;
}

// One row per reason a fact is queued. A report stays open while the fact is at the version reported
// and no moderator dismissed it.
const QUEUE = `
  SELECT f.id AS factId, 'suggestion' AS reason, r.changed_by AS by, coalesce(r.display_name, r.changed_by) AS displayName,
         r.platform, r.workspace_id AS workspaceId, r.changed_at AS at, NULL AS note, f.proposal, NULL AS reportRowId
    FROM facts f JOIN fact_revisions r ON r.fact_id = f.id AND r.version = 1
   WHERE f.status = 'pending'
  UNION ALL
  SELECT f.id, 'retracted-source', coalesce(a.user_id, 'unknown'), coalesce(a.display_name, 'unknown'), coalesce(a.platform, 'unknown'),
         a.workspace_id, coalesce(a.at, s.updated_at), json_extract(a.detail, '$.reason'), NULL, NULL
    FROM facts f JOIN sources s ON s.id = f.source_id
    LEFT JOIN audit_log a ON a.id = (SELECT max(id) FROM audit_log WHERE command = 'source retract' AND target = 'S' || s.id)
   WHERE f.status = 'active' AND s.status = 'retracted'
  UNION ALL
  SELECT f.id, 'report', p.by, p.display_name, p.platform, p.workspace_id, p.at, p.reason, NULL, p.id
    FROM fact_reports p JOIN facts f ON f.id = p.fact_id
   WHERE f.status = 'active' AND p.fact_version = f.version AND p.dismissed_at IS NULL`;

/** Reads the review queue, oldest first, a page at a time, optionally of one reason only. */
export function createReviewQueue(db: Database) {
  const page = db.prepare<{ reason: string | null; limit: number; offset: number }, ItemRow>(
    `SELECT * FROM (${QUEUE}) WHERE @reason IS NULL OR reason = @reason ORDER BY at, factId LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<{ reason: string | null }, { n: number }>(`SELECT count(*) AS n FROM (${QUEUE}) WHERE @reason IS NULL OR reason = @reason`);
  return {
    /** The items of one page (`offset` items skipped). */
    list(reason: ReviewReason | null, limit: number, offset: number): ReviewItem[] {
      return page.all({ reason, limit, offset }).map(({ reportRowId, ...row }) => ({
        ...row,
        proposal: parseProposal(row.proposal),
        reportId: reportRowId === null ? null : toReportId(reportRowId),
      }));
    },
    /** How many items wait, of one reason or all. */
    count(reason: ReviewReason | null): number {
      return count.get({ reason })?.n ?? 0;
    },
  };
}
