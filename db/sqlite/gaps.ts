import type { Database } from 'better-sqlite3';
import type { GapStore } from '../store';
import { createDailyAskCounts } from './gap-daily-counts';
import { createGapStore } from './gap-store';
import type { Synchronous } from './resolved';

/** The SQLite repository of what readers asked: unanswered questions and counts per day. */
export function createSqliteGapStore(db: Database, maxGaps?: number): Synchronous<GapStore> {
  const days = createDailyAskCounts(db);
  return { ...createGapStore(db, maxGaps), countAsked: days.count, askedSince: days.since };
}
