import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import { DuplicateReportError } from '../../src/domain/errors';
import { toFactId, toReportId } from '../../src/domain/ids';
import { toActorColumns } from '../actor-columns';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Records a report that a fact is wrong, with its audit entry, in one transaction. */
export function createReportWriter(db: Database) {
  const audit = createAuditLog(db);
  const insert = db.prepare(
    `INSERT INTO fact_reports (fact_id, fact_version, reason, by, platform, display_name, workspace_id, channel_id, at)
     SELECT id, version, @reason, @by, @platform, @displayName, @workspaceId, @channelId, @at FROM facts WHERE id = @factId`,
  );
  const write = writeTransaction(db, (factId: number, reason: string, { actor, command }: WriteContext): number => {
    const id = Number(insert.run({ ...toActorColumns(actor), factId, reason }).lastInsertRowid);
    audit.append(actor, command, toFactId(factId), { report: toReportId(id), reason });
    return id;
  });
  return {
    /** Stores the report and returns its row id; throws DuplicateReportError on a second report by the same person. */
    report(factId: number, reason: string, context: WriteContext): number {
      try {
        return write(factId, reason, context);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateReportError();
        throw error;
      }
    },
  };
}

export type ReportWriter = ReturnType<typeof createReportWriter>;
