import type { Actor } from '../../src/domain/actor';
import { toActorColumns } from '../actor-columns';
import type { FactSnapshot, RevisionEntry } from '../../src/domain/fact';
import { type RevisionRow, toRevisionEntry } from '../fact-rows';
import type { SqlSession } from './sql-client';
import { toIsoText } from './timestamps';

type FactState = FactSnapshot & { version: number };

// The snapshot is written as JSON text by JavaScript, key for key as SQLite's json_object writes
// it, so a revision reads (and copies) the same on both stores; PostgreSQL's json_build_object
// would add spaces, and jsonb would reorder the keys.
function toSnapshot(state: FactState): string {
  return JSON.stringify({
    statement: state.statement,
    quote: state.quote,
    sourceId: state.sourceId,
    periodStart: state.periodStart,
    periodEnd: state.periodEnd,
    status: state.status,
    entities: state.entities,
    proposal: state.proposal ?? null,
  });
}

/** Appends the fact's current row to its history as its current version (inside the caller's transaction). */
export async function appendRevision(session: SqlSession, factId: number, action: string, actor: Actor, reason: string | null): Promise<void> {
  const { rows } = await session.query<FactState>(
    `SELECT f.version, f.statement, f.quote, f.source_id AS "sourceId", f.period_start AS "periodStart",
            f.period_end AS "periodEnd", f.status, f.proposal::json AS proposal,
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

/** Every version of a fact, oldest first. */
export async function readHistory(sql: Pick<SqlSession, 'query'>, factId: number): Promise<RevisionEntry[]> {
  const { rows } = await sql.query<Omit<RevisionRow, 'changed_at'> & { changed_at: Date }>(
    `SELECT version, action, snapshot, changed_by, display_name, platform, workspace_id, channel_id, reason, changed_at
       FROM fact_revisions WHERE fact_id = $1 ORDER BY version`,
    [factId],
  );
  return rows.map((row) => toRevisionEntry({ ...row, changed_at: toIsoText(row.changed_at) }));
}

/** The stored state of one version of a fact, or undefined. */
export async function readSnapshot(sql: Pick<SqlSession, 'query'>, factId: number, version: number): Promise<FactSnapshot | undefined> {
  const { rows } = await sql.query<{ snapshot: string }>(`SELECT snapshot FROM fact_revisions WHERE fact_id = $1 AND version = $2`, [factId, version]);
  return rows[0] ? (JSON.parse(rows[0].snapshot) as FactSnapshot) : undefined;
}
