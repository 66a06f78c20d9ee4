import type { Database } from 'better-sqlite3';
import type { Actor } from './actor';

/** Appends to the audit log: every write command, who ran it from where, and what it changed. */
export function createAuditLog(db: Database) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, platform, user_id, display_name, command, target, detail)
     VALUES (@at, @platform, @by, @displayName, @command, @target, @detail)`,
  );
  return {
    append(actor: Actor, command: string, target: string | null, detail: unknown): void {
      insert.run({ ...actor, command, target, detail: detail === undefined ? null : JSON.stringify(detail) });
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
