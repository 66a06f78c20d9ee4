import type { Database } from 'better-sqlite3';
import type { ReviewStore } from '../store';
import { createReportDismissal } from './report-dismissal';
import { createReportWriter } from './report-writer';
import { createReviewQueue } from './review-queue';
import type { Synchronous } from './resolved';

/** The SQLite review repository: the queue, readers' reports and their dismissal. */
export function createSqliteReviewStore(db: Database): Synchronous<ReviewStore> {
  const queue = createReviewQueue(db);
  const reports = createReportWriter(db);
  const decisions = createReportDismissal(db);
  return {
    list: queue.list,
    count: queue.count,
    report: reports.report,
    findReport: decisions.find,
    reportsOn: decisions.listFor,
    dismiss: decisions.dismiss,
  };
}
