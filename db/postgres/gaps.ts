import type { GapStore } from '../store';
import { createDailyAskCounts } from './gap-daily-counts';
import { createGapStore } from './gap-store';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL repository of what readers asked: unanswered questions and counts per day. */
export function createPostgresGapStore(db: SqlDatabase, maxGaps?: number): GapStore {
  const days = createDailyAskCounts(db);
  return { ...createGapStore(db, maxGaps), countAsked: days.count, askedSince: days.since };
}
