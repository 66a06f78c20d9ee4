import type { AskCounts } from '../store';
import type { SqlDatabase } from './sql-client';

/** Counts questions asked and answered per UTC day: numbers only, no question text and no person. */
export function createDailyAskCounts(db: SqlDatabase) {
  return {
    /** Counts one question on the day of `at` (an ISO timestamp): one upsert outside any transaction, so it never waits on a long write. */
    async count(at: string, answered: boolean): Promise<void> {
      await db.query(
        `INSERT INTO ask_days (day, asked, answered) VALUES ($1, 1, $2)
         ON CONFLICT (day) DO UPDATE SET asked = ask_days.asked + 1, answered = ask_days.answered + excluded.answered`,
        [at.slice(0, 10), answered ? 1 : 0],
      );
    },
    /** The totals from `day` (YYYY-MM-DD) on. */
    async since(day: string): Promise<AskCounts> {
      const { rows } = await db.query<AskCounts>(
        `SELECT coalesce(sum(asked), 0)::integer AS asked, coalesce(sum(answered), 0)::integer AS answered FROM ask_days WHERE day >= $1`,
        [day],
      );
      return rows[0] ?? { asked: 0, answered: 0 };
    },
  };
}
