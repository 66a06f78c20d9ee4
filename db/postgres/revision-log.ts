import { type Actor, toActorColumns } from '../actor';
import type { SqlSession } from './sql-client';

interface FactStateRow {
  version: number;
  statement: string;
  quote: string;
  source_id: number | null;
  period_start: string | null;
  period_end: string | null;
  status: string;
  proposal: string | null;
  entities: string[];
}

// The snapshot is written as JSON text by JavaScript, key for key as SQLite's json_object writes
// it, so a revision reads (and copies) the same on both stores; PostgreSQL's json_build_object
// would add spaces, and jsonb would reorder the keys.
function toSnapshot(row: FactStateRow): string {
  return JSON.stringify({
    statement: row.statement,
    quote: row.quote,
    sourceId: row.source_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    entities: row.entities,
    proposal: row.proposal === null ? null : (JSON.parse(row.proposal) as unknown),
  });
}

/** Appends the fact's current row to its history as its current version (inside the caller's transaction). */
export async function appendRevision(session: SqlSession, factId: number, action: string, actor: Actor, reason: string | null): Promise<void> {
  const { rows } = await session.query<FactStateRow>(
    `SELECT f.version, f.statement, f.quote, f.source_id, f.period_start, f.period_end, f.status, f.proposal,
            ARRAY(SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
                   WHERE fe.fact_id = f.id ORDER BY e.id) AS entities
       FROM facts f WHERE f.id = $1`,
    [factId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Fact ${factId} has no row to record a revision of.`);
  const who = toActorColumns(actor);
  await session.query(
    `INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, user_id, display_name, platform, workspace_id, channel_id, reason, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [factId, row.version, action, toSnapshot(row), who.by, who.userId, who.displayName, who.platform, who.workspaceId, who.channelId, reason, who.at],
  );
}
