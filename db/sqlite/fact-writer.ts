import type { Database } from 'better-sqlite3';
import type { Actor, WriteContext } from '../../src/domain/actor';
import type { FactContent, FactSnapshot, FactStatus, Proposal, StoredFact } from '../../src/domain/fact';
import { toFactId } from '../../src/domain/ids';
import { FactNotFoundError } from '../../src/domain/errors';
import type { ChangedFact } from '../store';
import { createAuditLog } from './audit-log';
import { createFactViews } from './fact-views';
import { toProposalJson } from './proposal';
import { type StoredFactRow, toStoredFact } from '../fact-rows';
import { createProposalWriter } from './proposal-writer';
import { writeTransaction } from './write-transaction';
import { createRevisionLog } from './revision-log';

type FactRow = Omit<StoredFactRow, 'entity_ids'> & { entity_ids: string };

const toStored = (row: FactRow): StoredFact => toStoredFact({ ...row, entity_ids: JSON.parse(row.entity_ids) as number[] });

/**
 * Every write to facts. Each method runs in one transaction that reads and checks the fact, changes
 * it, appends the new version to its history and writes the audit entry, so a failure leaves
 * nothing half-written and no write is based on a copy another process changed meanwhile.
 */
export function createFactWriter(db: Database) {
  const revisions = createRevisionLog(db);
  const audit = createAuditLog(db);
  const proposals = createProposalWriter(db);
  const views = createFactViews(db);
  const insert = db.prepare(
    `INSERT INTO facts (statement, quote, source_id, period_start, period_end, status, proposal, created_by, updated_by, created_at, updated_at)
     VALUES (@statement, @quote, @sourceId, @periodStart, @periodEnd, @status, @proposal, @by, @by, @at, @at)`,
  );
  const update = db.prepare<Record<string, unknown>, { version: number }>(
    `UPDATE facts SET statement = @statement, quote = @quote, source_id = @sourceId, period_start = @periodStart,
            period_end = @periodEnd, status = @status, proposal = @proposal, version = version + 1, updated_by = @by, updated_at = @at
      WHERE id = @id RETURNING version`,
  );
  const unlinkAll = db.prepare(`DELETE FROM fact_entities WHERE fact_id = ?`);
  const link = db.prepare(`INSERT OR IGNORE INTO fact_entities (fact_id, entity_id) VALUES (?, ?)`);
  const current = db.prepare<[number], FactRow>(
    `SELECT id, status, version, statement, quote, source_id, period_start, period_end, proposal,
            (SELECT json_group_array(entity_id) FROM fact_entities WHERE fact_id = facts.id) AS entity_ids
       FROM facts WHERE id = ?`,
  );
  const snapshot = db.prepare<[number, number], { snapshot: string }>(`SELECT snapshot FROM fact_revisions WHERE fact_id = ? AND version = ?`);
  const pendingBy = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM facts WHERE created_by = ? AND status = 'pending'`);

  /**
   * The row as SQL takes it: an active fact creates what it brings; any other keeps it as a
   * proposal (a retracted or rejected suggestion never created anything).
   */
  function toRow(content: FactContent, status: FactStatus, actor: Actor) {
    const live = status === 'active';
    const proposal: Proposal = {
      source: live || 'id' in content.source ? null : content.source.create,
      entities: live ? [] : content.newEntities,
    };
    const sourceId = 'id' in content.source ? content.source.id : live ? proposals.createSource(content.source.create, actor) : null;
    const created = live ? proposals.createEntities(content.newEntities) : [];
    return { ...content, sourceId, status, proposal: toProposalJson(proposal), entityIds: [...content.entityIds, ...created] };
  }

  function linkEntities(factId: number, ids: readonly number[]): void {
    unlinkAll.run(factId);
    for (const entityId of ids) link.run(factId, entityId);
  }

  function readCurrent(id: number): StoredFact {
    const row = current.get(id);
    if (!row) throw new FactNotFoundError(id);
    return toStored(row);
  }

  function write(id: number, content: FactContent, status: FactStatus, { actor, command }: WriteContext, reason: string | null, action: string): number {
    const row = toRow(content, status, actor);
    const { version } = update.get({ ...row, id, by: actor.by, at: actor.at })!;
    linkEntities(id, row.entityIds);
    revisions.append(id, action, actor, reason);
    audit.append(actor, command, toFactId(id), { version, action, reason });
    return version;
  }

  function insertFact(content: FactContent, status: FactStatus, { actor, command }: WriteContext): number {
    const row = toRow(content, status, actor);
    const id = Number(insert.run({ ...row, by: actor.by, at: actor.at }).lastInsertRowid);
    linkEntities(id, row.entityIds);
    revisions.append(id, status === 'pending' ? 'suggest' : 'add', actor, null);
    audit.append(actor, command, toFactId(id), { version: 1, status });
    return id;
  }

  return {
    /** Adds a fact (active, or pending for a suggestion) and returns its row id; `check` runs first, inside the transaction, given the writer's pending suggestions. */
    add: writeTransaction(db, (content: FactContent, status: FactStatus, context: WriteContext, check?: (pendingByWriter: number) => void): number => {
      check?.(pendingBy.get(context.actor.by)?.n ?? 0);
      return insertFact(content, status, context);
    }),

    /** Adds several facts in one transaction, each with its history and audit entry. */
    addMany: writeTransaction(db, (contents: readonly FactContent[], status: FactStatus, context: WriteContext): number[] =>
      contents.map((content) => insertFact(content, status, context)),
    ),

    /**
     * Writes a new version built from the fact as it is inside the transaction: `build` checks it
     * (throwing to refuse) and returns the new content and status. Returns the new version and the
     * fact as written, read in the same transaction; throws FactNotFoundError when there is no such fact.
     */
    change: writeTransaction(
      db,
      (
        id: number,
        build: (stored: StoredFact) => { content: FactContent; status: FactStatus },
        context: WriteContext,
        reason: string | null,
        action: string,
      ): ChangedFact => {
        const next = build(readCurrent(id));
        const version = write(id, next.content, next.status, context, reason, action);
        return { version, fact: views.getOne(id)! };
      },
    ),

    /** How many suggestions by `by` (`platform:user`) wait for review. */
    countPending(by: string): number {
      return pendingBy.get(by)?.n ?? 0;
    },

    /** A fact's current content, status and version, or undefined when there is no such fact. */
    current(id: number): StoredFact | undefined {
      const row = current.get(id);
      return row ? toStored(row) : undefined;
    },

    /** The stored state of one version of a fact, or undefined. */
    snapshotAt(id: number, version: number): FactSnapshot | undefined {
      const row = snapshot.get(id, version);
      return row ? (JSON.parse(row.snapshot) as FactSnapshot) : undefined;
    },
  };
}
