import type { Database } from 'better-sqlite3';
import { type Actor, toActorColumns } from './actor';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';

/** Records a report that a fact is wrong, with its audit entry, in one transaction. */
export function createReportWriter(db: Database) {
  const audit = createAuditLog(db);
  const insert = db.prepare(
    `INSERT INTO fact_reports (fact_id, fact_version, reason, by, platform, display_name, workspace_id, channel_id, at)
     SELECT id, version, @reason, @by, @platform, @displayName, @workspaceId, @channelId, @at FROM facts WHERE id = @factId`,
  );
  return {
    report: writeTransaction(db, (factId: number, reason: string, actor: Actor): void => {
      insert.run({ ...toActorColumns(actor), factId, reason });
      audit.append(actor, 'fact report', `F${factId}`, { reason });
    }),
  };
}

export type ReportWriter = ReturnType<typeof createReportWriter>;
