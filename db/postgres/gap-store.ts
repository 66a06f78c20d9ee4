import type { WriteContext } from '../../src/domain/actor';
import { MAX_GAPS } from '../sqlite/gap-store';
import type { Gap } from '../store';
import { appendAudit } from './audit-log';
import type { SqlDatabase } from './sql-client';

interface GapRow {
  question: string;
  timesAsked: number;
  firstAsked: Date;
  lastAsked: Date;
  answeredAt: Date | null;
  answeredBy: number | null;
}

// The times come back as Dates; the SQLite store hands back the ISO text it was given.
const toGap = (row: GapRow): Gap => ({
  ...row,
  firstAsked: row.firstAsked.toISOString(),
  lastAsked: row.lastAsked.toISOString(),
  answeredAt: row.answeredAt?.toISOString() ?? null,
});

const COLUMNS = `question, times_asked AS "timesAsked", first_asked AS "firstAsked", last_asked AS "lastAsked",
  answered_at AS "answeredAt", answered_by AS "answeredBy"`;

// Questions sort by their bytes, as SQLite's BINARY collation sorts them, whatever the server's collation.
const BY_QUESTION = `question COLLATE "C"`;

/** Keeps the questions nobody could answer, bounded, and marks them answered once a fact does. */
export function createGapStore(db: SqlDatabase, maxGaps: number = MAX_GAPS) {
  return {
    /**
     * Counts one unanswered asking of a normalised question, dropping the least recently asked
     * beyond the bound. One statement outside any transaction, so it holds the row for an instant
     * and never waits on a long write: asked again after it was answered and still unanswered, it
     * is open again. The question just asked is the newest, so the bound keeps it and the
     * `maxGaps - 1` most recent others (the trim reads the rows as they were before the upsert).
     */
    async record(question: string, at: string): Promise<void> {
      await db.query(
        `WITH asked AS (
           INSERT INTO question_gaps (question, first_asked, last_asked) VALUES ($1, $2, $2)
           ON CONFLICT (question) DO UPDATE
             SET times_asked = question_gaps.times_asked + 1, last_asked = excluded.last_asked, answered_at = NULL, answered_by = NULL
           RETURNING question)
         DELETE FROM question_gaps WHERE question IN (
           SELECT question FROM question_gaps WHERE question NOT IN (SELECT question FROM asked)
            ORDER BY last_asked DESC, ${BY_QUESTION} OFFSET $3)`,
        [question, at, maxGaps - 1],
      );
    },
    /** One page of open or answered gaps, most asked first. */
    async list(answered: boolean, limit: number, offset: number): Promise<Gap[]> {
      const { rows } = await db.query<GapRow>(
        `SELECT ${COLUMNS} FROM question_gaps WHERE (answered_at IS NOT NULL) = $1
          ORDER BY times_asked DESC, last_asked DESC, ${BY_QUESTION} LIMIT $2 OFFSET $3`,
        [answered, limit, offset],
      );
      return rows.map(toGap);
    },
    /** How many gaps are open or answered. */
    async count(answered: boolean): Promise<number> {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM question_gaps WHERE (answered_at IS NOT NULL) = $1`, [answered]);
      return rows[0]?.n ?? 0;
    },
    /** The `limit` most recently asked open gaps. */
    async recentOpen(limit: number): Promise<string[]> {
      const { rows } = await db.query<{ question: string }>(
        `SELECT question FROM question_gaps WHERE answered_at IS NULL ORDER BY last_asked DESC, ${BY_QUESTION} LIMIT $1`,
        [limit],
      );
      return rows.map((row) => row.question);
    },
    /** Marks gaps answered, each by the fact that answers it now (the first answer given, when one question comes twice). */
    markAnswered(answers: readonly { question: string; factId: number }[], at: string): Promise<void> {
      return db.transaction(async (session) => {
        for (const { question, factId } of answers) {
          await session.query(`UPDATE question_gaps SET answered_at = $1, answered_by = $2 WHERE question = $3 AND answered_at IS NULL`, [
            at,
            factId,
            question,
          ]);
        }
      });
    },
    /** Empties the list, with an audit entry saying how many were removed. */
    clear({ actor, command }: WriteContext): Promise<number> {
      return db.transaction(async (session) => {
        const { rows } = await session.query<{ removed: number }>(
          `WITH gone AS (DELETE FROM question_gaps RETURNING 1) SELECT count(*)::integer AS removed FROM gone`,
        );
        const removed = rows[0]!.removed;
        // One command lists and clears; the audit entry names the clearing.
        await appendAudit(session, actor, `${command} clear`, null, { removed });
        return removed;
      });
    },
  };
}
