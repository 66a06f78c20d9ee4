import type { Database } from 'better-sqlite3';
import type { FactStatus } from '../src/reply';
import type { Actor } from './actor';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';
import { type FactSnapshot, createRevisionLog } from './revision-log';

/** A source written together with the fact that first cites it. */
export interface NewSource {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
}

/** A fact's editable content; a new source or new entities are created in the same transaction. */
export interface FactContent {
  statement: string;
  quote: string;
  source: { id: number } | { create: NewSource };
  periodStart: string | null;
  periodEnd: string | null;
  /** Row ids of existing entities. */
  entityIds: number[];
  newEntities: { name: string; kind: string }[];
}


/** What an audit entry records of a write: the command and what it touched. */
export interface WriteNote {
  command: string;
  reason: string | null;
}

/**
 * Every write to facts. Each method runs in one transaction that changes the fact, appends the new
 * version to its history and writes the audit entry, so a failure leaves nothing half-written.
 */
export function createFactWriter(db: Database) {
  const revisions = createRevisionLog(db);
  const audit = createAuditLog(db);
  const insert = db.prepare(
    `INSERT INTO facts (statement, quote, source_id, period_start, period_end, status, created_by, updated_by, created_at, updated_at)
     VALUES (@statement, @quote, @sourceId, @periodStart, @periodEnd, @status, @by, @by, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE facts SET statement = @statement, quote = @quote, source_id = @sourceId, period_start = @periodStart,
            period_end = @periodEnd, status = @status, version = version + 1, updated_by = @by, updated_at = @at
      WHERE id = @id`,
  );
  const updateStatus = db.prepare(
    `UPDATE facts SET status = @status, version = version + 1, updated_by = @by, updated_at = @at WHERE id = @id`,
  );
  const unlinkAll = db.prepare(`DELETE FROM fact_entities WHERE fact_id = ?`);
  const link = db.prepare(`INSERT OR IGNORE INTO fact_entities (fact_id, entity_id) VALUES (?, ?)`);
  const current = db.prepare<
    [number],
    { id: number; status: FactStatus; version: number; statement: string; quote: string; source_id: number; period_start: string | null; period_end: string | null; entity_ids: string }
  >(
    `SELECT id, status, version, statement, quote, source_id, period_start, period_end,
            (SELECT json_group_array(entity_id) FROM fact_entities WHERE fact_id = facts.id) AS entity_ids
       FROM facts WHERE id = ?`,
  );
  const snapshot = db.prepare<[number, number], { snapshot: string }>(
    `SELECT snapshot FROM fact_revisions WHERE fact_id = ? AND version = ?`,
  );
  const insertSource = db.prepare(
    `INSERT INTO sources (title, url, publisher, author, published_on, kind, created_at, updated_at)
     VALUES (@title, @url, @publisher, @author, @publishedOn, 'article', @at, @at)`,
  );
  const insertEntity = db.prepare(`INSERT INTO entities (name, kind) VALUES (?, ?)`);

  /** Creates what the content asks to create and returns the row as SQL takes it. */
  function toRow(content: FactContent, actor: Actor) {
    const sourceId =
      'id' in content.source
        ? content.source.id
        : Number(insertSource.run({ ...content.source.create, at: actor.at }).lastInsertRowid);
    if (!('id' in content.source)) audit.append(actor, 'source add', `S${sourceId}`, { title: content.source.create.title });
    const created = content.newEntities.map((entity) => Number(insertEntity.run(entity.name, entity.kind).lastInsertRowid));
    return {
      statement: content.statement,
      quote: content.quote,
      sourceId,
      periodStart: content.periodStart,
      periodEnd: content.periodEnd,
      entityIds: [...content.entityIds, ...created],
    };
  }

  function linkEntities(factId: number, ids: readonly number[]): void {
    unlinkAll.run(factId);
    for (const entityId of ids) link.run(factId, entityId);
  }

  function record(id: number, actor: Actor, note: WriteNote, action: string): number {
    revisions.append(id, action, actor, note.reason);
    const version = current.get(id)!.version;
    audit.append(actor, note.command, `F${id}`, { version, action, reason: note.reason });
    return version;
  }

  function write(id: number, content: FactContent, status: FactStatus, actor: Actor, note: WriteNote, action: string): number {
    const row = toRow(content, actor);
    update.run({ ...row, id, status, by: actor.by, at: actor.at });
    linkEntities(id, row.entityIds);
    return record(id, actor, note, action);
  }

  return {
    /** Adds a fact (active, or pending for a suggestion) and returns its row id. */
    add: writeTransaction(db, (content: FactContent, status: FactStatus, actor: Actor, note: WriteNote): number => {
      const row = toRow(content, actor);
      const id = Number(insert.run({ ...row, status, by: actor.by, at: actor.at }).lastInsertRowid);
      linkEntities(id, row.entityIds);
      revisions.append(id, status === 'pending' ? 'suggest' : 'add', actor, note.reason);
      audit.append(actor, note.command, `F${id}`, { version: 1, status });
      return id;
    }),

    /**
     * Replaces a fact's content (and, for a revert, its status) as a new version; returns the new
     * version number.
     */
    edit: writeTransaction(db, 
      (id: number, content: FactContent, actor: Actor, note: WriteNote, change: { action: string; status?: FactStatus }): number => {
        const row = current.get(id);
        if (!row) throw new Error(`fact ${id} vanished during an edit`);
        return write(id, content, change.status ?? row.status, actor, note, change.action);
      },
    ),

    /** Changes a fact's status as a new version (retract, restore, approve, reject). */
    setStatus: writeTransaction(db, (id: number, status: FactStatus, actor: Actor, note: WriteNote, action: string): number => {
      updateStatus.run({ id, status, by: actor.by, at: actor.at });
      return record(id, actor, note, action);
    }),

    /** A fact's current content, status and version, or undefined when there is no such fact. */
    current(id: number): { content: FactContent; status: FactStatus; version: number } | undefined {
      const row = current.get(id);
      if (!row) return undefined;
      return {
        content: {
          statement: row.statement,
          quote: row.quote,
          source: { id: row.source_id },
          periodStart: row.period_start,
          periodEnd: row.period_end,
          entityIds: JSON.parse(row.entity_ids) as number[],
          newEntities: [],
        },
        status: row.status,
        version: row.version,
      };
    },

    /** The stored state of one version of a fact, or undefined. */
    snapshotAt(id: number, version: number): FactSnapshot | undefined {
      const row = snapshot.get(id, version);
      return row ? (JSON.parse(row.snapshot) as FactSnapshot) : undefined;
    },

  };
}

export type FactWriter = ReturnType<typeof createFactWriter>;
