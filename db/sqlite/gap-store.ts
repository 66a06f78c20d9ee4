import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import { createAuditLog } from './audit-log';
import { runWithoutWaiting } from './without-waiting';
import { writeTransaction } from './write-transaction';
import type { Gap } from '../store';

/** The most gaps kept; past it the least recently asked are dropped. */
export const MAX_GAPS = 5000;

const COLUMNS = `question, times_asked AS timesAsked, first_asked AS firstAsked, last_asked AS lastAsked, answered_at AS answeredAt, answered_by AS answeredBy`;

/** Keeps the questions nobody could answer, bounded, and marks them answered once a fact does. */
export function createGapStore(db: Database, maxGaps: number = MAX_GAPS) {
  const audit = createAuditLog(db);
  // Asked again after it was answered and still unanswered: it is open again.
  const upsert = db.prepare(
    `INSERT INTO question_gaps (question, first_asked, last_asked) VALUES (@question, @at, @at)
     ON CONFLICT (question) DO UPDATE SET times_asked = times_asked + 1, last_asked = @at, answered_at = NULL, answered_by = NULL`,
  );
  const trim = db.prepare(
    `DELETE FROM question_gaps WHERE question IN (
       SELECT question FROM question_gaps ORDER BY last_asked DESC, question LIMIT -1 OFFSET @keep)`,
  );
  const page = db.prepare<{ answered: number; limit: number; offset: number }, Gap>(
    `SELECT ${COLUMNS} FROM question_gaps WHERE (answered_at IS NOT NULL) = @answered
      ORDER BY times_asked DESC, last_asked DESC, question LIMIT @limit OFFSET @offset`,
  );
  const count = db.prepare<{ answered: number }, { n: number }>(`SELECT count(*) AS n FROM question_gaps WHERE (answered_at IS NOT NULL) = @answered`);
  const recentOpen = db.prepare<[number], { question: string }>(
    `SELECT question FROM question_gaps WHERE answered_at IS NULL ORDER BY last_asked DESC, question LIMIT ?`,
  );
  const answer = db.prepare(`UPDATE question_gaps SET answered_at = @at, answered_by = @factId WHERE question = @question AND answered_at IS NULL`);
  const clear = db.prepare(`DELETE FROM question_gaps`);
  const recordInTransaction = writeTransaction(db, (question: string, at: string): void => {
    upsert.run({ question, at });
    trim.run({ keep: maxGaps });
  });
  return {
    /**
     * Counts one unanswered asking of a normalised question, dropping the least recently asked
     * beyond the bound; never waits for another process's lock (the question must not wait for it).
     */
    record(question: string, at: string): void {
      runWithoutWaiting(db, () => recordInTransaction(question, at));
    },
    /** One page of open or answered gaps, most asked first. */
    list(answered: boolean, limit: number, offset: number): Gap[] {
      return page.all({ answered: answered ? 1 : 0, limit, offset });
    },
    /** How many gaps are open or answered. */
    count(answered: boolean): number {
      return count.get({ answered: answered ? 1 : 0 })?.n ?? 0;
    },
    /** The `limit` most recently asked open gaps. */
    recentOpen(limit: number): string[] {
      return recentOpen.all(limit).map((row) => row.question);
    },
    /** Marks gaps answered, each by the fact that answers it now. */
    markAnswered: writeTransaction(db, (answers: readonly { question: string; factId: number }[], at: string): void => {
      for (const { question, factId } of answers) answer.run({ question, factId, at });
    }),
    /** Empties the list, with an audit entry saying how many were removed. */
    clear: writeTransaction(db, ({ actor, command }: WriteContext): number => {
      const removed = clear.run().changes;
      // One command lists and clears; the audit entry names the clearing.
      audit.append(actor, `${command} clear`, null, { removed });
      return removed;
    }),
  };
}
