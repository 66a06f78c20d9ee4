import type { Database } from 'better-sqlite3';
import { runWithoutWaiting } from './without-waiting';
import type { AskCounts } from '../store';

/** Counts questions asked and answered per UTC day: numbers only, no question text and no person. */
export function createDailyAskCounts(db: Database) {
  const bump = db.prepare(
    `INSERT INTO ask_days (day, asked, answered) VALUES (@day, 1, @answered)
     ON CONFLICT (day) DO UPDATE SET asked = asked + 1, answered = answered + @answered`,
  );
  const since = db.prepare<[string], AskCounts>(`SELECT coalesce(sum(asked), 0) AS asked, coalesce(sum(answered), 0) AS answered FROM ask_days WHERE day >= ?`);
  return {
    /** Counts one question on the day of `at` (an ISO timestamp); never waits for another process's lock. */
    count(at: string, answered: boolean): void {
      runWithoutWaiting(db, () => bump.run({ day: at.slice(0, 10), answered: answered ? 1 : 0 }));
    },
    /** The totals from `day` (YYYY-MM-DD) on. */
    since(day: string): AskCounts {
      return since.get(day) ?? { asked: 0, answered: 0 };
    },
  };
}
