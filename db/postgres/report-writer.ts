import type { WriteContext } from '../../src/domain/actor';
import { DuplicateReportError, FactNotFoundError } from '../../src/domain/errors';
import { toFactId, toReportId } from '../../src/domain/ids';
import { toActorColumns } from '../actor-columns';
import { appendAudit } from './audit-log';
import type { SqlDatabase } from './sql-client';
import { isUniqueViolation } from './sql-errors';

/**
 * Records a report that a fact is wrong, with its audit entry, in one transaction. A second report
 * by the same person on the same version is refused before the insert rather than by the unique
 * index, so it spends no id of the sequence and report ids stay those the SQLite store hands out;
 * the index still refuses two sent at the same moment.
 */
export function createPostgresReportWriter(db: SqlDatabase) {
  const write = (factId: number, reason: string, { actor, command }: WriteContext): Promise<number> =>
    db.transaction(async (session) => {
      const who = toActorColumns(actor);
      const { rows } = await session.query<{ id: number }>(
        `INSERT INTO fact_reports (fact_id, fact_version, reason, by, platform, display_name, workspace_id, channel_id, at)
         SELECT f.id, f.version, $2, $3, $4, $5, $6, $7, $8 FROM facts f
          WHERE f.id = $1 AND NOT EXISTS (SELECT 1 FROM fact_reports p WHERE p.fact_id = f.id AND p.fact_version = f.version AND p.by = $3)
         RETURNING id`,
        [factId, reason, who.by, who.platform, who.displayName, who.workspaceId, who.channelId, who.at],
      );
      const id = rows[0]?.id;
      if (id === undefined) {
        const { rows: facts } = await session.query(`SELECT 1 FROM facts WHERE id = $1`, [factId]);
        throw facts.length > 0 ? new DuplicateReportError() : new FactNotFoundError(factId);
      }
      await appendAudit(session, actor, command, toFactId(factId), { report: toReportId(id), reason });
      return id;
    });
  return {
    /** Stores the report and returns its row id; throws DuplicateReportError on a second report by the same person. */
    async report(factId: number, reason: string, context: WriteContext): Promise<number> {
      try {
        return await write(factId, reason, context);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateReportError();
        throw error;
      }
    },
  };
}
