import type { Database } from 'better-sqlite3';
import type { Actor } from '../../src/domain/actor';
import { toActorColumns } from '../actor-columns';

/** Appends to the audit log: every write command, who ran it from which platform, workspace and channel, and what it changed. */
export function createAuditLog(db: Database) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail)
     VALUES (@at, @platform, @by, @displayName, @workspaceId, @channelId, @command, @target, @detail)`,
  );
  return {
    append(actor: Actor, command: string, target: string | null, detail: unknown): void {
      insert.run({ ...toActorColumns(actor), command, target, detail: detail === undefined ? null : JSON.stringify(detail) });
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
