import type { ReviewStore } from '../store';
import { createPostgresReportDismissal } from './report-dismissal';
import { createPostgresReportWriter } from './report-writer';
import { createPostgresReviewQueue } from './review-queue';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL review repository: the queue, readers' reports and their dismissal. */
export function createPostgresReviewStore(db: SqlDatabase): ReviewStore {
  const queue = createPostgresReviewQueue(db);
  const reports = createPostgresReportWriter(db);
  const decisions = createPostgresReportDismissal(db);
  return {
    list: queue.list,
    count: queue.count,
    report: reports.report,
    findReport: decisions.find,
    reportsOn: decisions.listFor,
    dismiss: decisions.dismiss,
  };
}
