import type { Actor } from '../../src/domain/actor';
import { toActorColumns } from '../actor-columns';
import type { SqlSession } from './sql-client';

/** Appends an audit entry for a write command, inside the caller's transaction. */
export async function appendAudit(session: SqlSession, actor: Actor, command: string, target: string | null, detail: unknown): Promise<void> {
  const who = toActorColumns(actor);
  await session.query(
    `INSERT INTO audit_log (at, platform, user_id, display_name, workspace_id, channel_id, command, target, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [who.at, who.platform, who.by, who.displayName, who.workspaceId, who.channelId, command, target, detail === undefined ? null : JSON.stringify(detail)],
  );
}
