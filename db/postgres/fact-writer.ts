import type { Actor, WriteContext } from '../../src/domain/actor';
import { FactNotFoundError } from '../../src/domain/errors';
import type { FactContent, FactStatus, Proposal, StoredFact } from '../../src/domain/fact';
import { toFactId } from '../../src/domain/ids';
import { type StoredFactRow, toStoredFact } from '../fact-rows';
import { toProposalJson } from '../sqlite/proposal';
import type { ChangedFact } from '../store';
import { appendAudit } from './audit-log';
import { readFacts } from './fact-views';
import { createProposedEntities, createProposedSource } from './proposal-writer';
import { appendRevision } from './revision-log';
import type { SqlDatabase, SqlSession } from './sql-client';

type Sql = Pick<SqlSession, 'query'>;

/** What `change` asks of the caller: the new content and status, built from the fact as stored. */
export type BuildChange = (stored: StoredFact) => { content: FactContent; status: FactStatus };

/** A fact's current content, status and version, or undefined when there is no such fact. */
export async function readStoredFact(sql: Sql, id: number): Promise<StoredFact | undefined> {
  const { rows } = await sql.query<StoredFactRow>(
    `SELECT status, version, statement, quote, source_id, period_start, period_end, proposal,
            ARRAY(SELECT entity_id FROM fact_entities WHERE fact_id = facts.id ORDER BY entity_id) AS entity_ids
       FROM facts WHERE id = $1`,
    [id],
  );
  return rows[0] && toStoredFact(rows[0]);
}

/** How many suggestions by `by` (`platform:user`) wait for review. */
export async function countPendingBy(sql: Sql, by: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::integer AS n FROM facts WHERE created_by = $1 AND status = 'pending'`, [by]);
  return rows[0]!.n;
}

/**
 * The row as SQL takes it: an active fact creates what it brings; any other keeps it as a
 * proposal (a retracted or rejected suggestion never created anything).
 */
async function toRow(session: SqlSession, content: FactContent, status: FactStatus, actor: Actor) {
  const live = status === 'active';
  const proposal: Proposal = {
    source: live || 'id' in content.source ? null : content.source.create,
    entities: live ? [] : content.newEntities,
  };
  const sourceId = 'id' in content.source ? content.source.id : live ? await createProposedSource(session, content.source.create, actor) : null;
  const created = live ? await createProposedEntities(session, content.newEntities) : [];
  return { ...content, sourceId, proposal: toProposalJson(proposal), entityIds: [...content.entityIds, ...created] };
}

async function linkEntities(session: SqlSession, factId: number, ids: readonly number[]): Promise<void> {
  await session.query(`DELETE FROM fact_entities WHERE fact_id = $1`, [factId]);
  await session.query(`INSERT INTO fact_entities (fact_id, entity_id) SELECT $1, unnest($2::integer[]) ON CONFLICT DO NOTHING`, [factId, ids]);
}

async function insertFact(session: SqlSession, content: FactContent, status: FactStatus, { actor, command }: WriteContext): Promise<number> {
  const row = await toRow(session, content, status, actor);
  const { rows } = await session.query<{ id: number }>(
    `INSERT INTO facts (statement, quote, source_id, period_start, period_end, status, proposal, created_by, updated_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $9) RETURNING id`,
    [row.statement, row.quote, row.sourceId, row.periodStart, row.periodEnd, status, row.proposal, actor.by, actor.at],
  );
  const id = rows[0]!.id;
  await linkEntities(session, id, row.entityIds);
  await appendRevision(session, id, status === 'pending' ? 'suggest' : 'add', actor, null);
  await appendAudit(session, actor, command, toFactId(id), { version: 1, status });
  return id;
}

async function writeVersion(
  session: SqlSession,
  id: number,
  next: { content: FactContent; status: FactStatus },
  { actor, command }: WriteContext,
  reason: string | null,
  action: string,
): Promise<number> {
  const row = await toRow(session, next.content, next.status, actor);
  const { rows } = await session.query<{ version: number }>(
    `UPDATE facts SET statement = $2, quote = $3, source_id = $4, period_start = $5, period_end = $6, status = $7, proposal = $8,
            version = version + 1, updated_by = $9, updated_at = $10
      WHERE id = $1 RETURNING version`,
    [id, row.statement, row.quote, row.sourceId, row.periodStart, row.periodEnd, next.status, row.proposal, actor.by, actor.at],
  );
  const version = rows[0]!.version;
  await linkEntities(session, id, row.entityIds);
  await appendRevision(session, id, action, actor, reason);
  await appendAudit(session, actor, command, toFactId(id), { version, action, reason });
  return version;
}

// Suggestions by one writer are counted and added one at a time, across every host, so two at
// once cannot both slip under the limit `check` enforces (SQLite's write lock does the same).
async function lockWriterSuggestions(session: SqlSession, by: string): Promise<void> {
  await session.query(`SELECT pg_advisory_xact_lock(hashtext('briefbot pending suggestions'), hashtext($1))`, [by]);
}

/**
 * Every write to facts. Each runs in one transaction that reads and checks the fact, changes it,
 * appends the new version to its history and writes the audit entry, so a failure leaves nothing
 * half-written.
 */
export function createPostgresFactWriter(db: SqlDatabase) {
  return {
    /** Adds a fact and returns its row id; `check` runs first, inside the transaction, given the writer's pending suggestions. */
    add(content: FactContent, status: FactStatus, context: WriteContext, check?: (pendingByWriter: number) => void): Promise<number> {
      return db.transaction(async (session) => {
        await lockWriterSuggestions(session, context.actor.by);
        check?.(await countPendingBy(session, context.actor.by));
        return insertFact(session, content, status, context);
      });
    },

    /** Adds several facts in one transaction, each with its history and audit entry. */
    addMany(contents: readonly FactContent[], status: FactStatus, context: WriteContext): Promise<number[]> {
      return db.transaction(async (session) => {
        const ids: number[] = [];
        for (const content of contents) ids.push(await insertFact(session, content, status, context));
        return ids;
      });
    },

    /**
     * Writes a new version built from the fact as it is once its row is locked, so a second host
     * changing the same fact waits and then builds on this version instead of overwriting it.
     * The lock is taken alone, before the read: a locking read that had to wait re-checks only the
     * fact's own row, and would see its entity links as they were before the other change.
     */
    change(id: number, build: BuildChange, context: WriteContext, reason: string | null, action: string): Promise<ChangedFact> {
      return db.transaction(async (session) => {
        const { rows } = await session.query(`SELECT 1 FROM facts WHERE id = $1 FOR UPDATE`, [id]);
        const stored = rows.length > 0 ? await readStoredFact(session, id) : undefined;
        if (!stored) throw new FactNotFoundError(id);
        const version = await writeVersion(session, id, build(stored), context, reason, action);
        const [fact] = await readFacts(session, [id]);
        return { version, fact: fact! };
      });
    },
  };
}
