import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import { toSourceId } from '../../src/domain/ids';
import type { SourceFields, SourceStatus } from '../../src/domain/source';
import { createAuditLog } from './audit-log';
import { createDocumentStore } from './document-store';
import { type SourceRow, toSourceFields } from './source-row';
import { writeTransaction } from './write-transaction';

/**
 * Writes to sources, each in one transaction with its audit entry. The audit entry of an edit
 * keeps the previous values, so no edit loses what the source said before.
 */
export function createSourceWriter(db: Database) {
  const audit = createAuditLog(db);
  const documents = createDocumentStore(db);
  const insert = db.prepare(
    `INSERT INTO sources (title, url, publisher, author, published_on, kind, notes, created_at, updated_at)
     VALUES (@title, @url, @publisher, @author, @publishedOn, @kind, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE sources SET title = @title, url = @url, publisher = @publisher, author = @author, published_on = @publishedOn,
            kind = @kind, notes = @notes, updated_at = @at WHERE id = @id`,
  );
  const setStatus = db.prepare(`UPDATE sources SET status = @status, updated_at = @at WHERE id = @id`);
  const row = db.prepare<[number], Omit<SourceRow, 'id'>>(`SELECT title, url, publisher, author, published_on, kind, notes, status FROM sources WHERE id = ?`);
  const citing = db.prepare<[number], { id: number }>(`SELECT id FROM facts WHERE source_id = ? AND status IN ('active', 'pending') ORDER BY id`);

  return {
    /** The source's current fields and status, or undefined. */
    current(id: number): { fields: SourceFields; status: SourceStatus } | undefined {
      const found = row.get(id);
      return found ? { fields: toSourceFields(found), status: found.status } : undefined;
    },

    /** Adds a source, with its text and passages when given, in one transaction. */
    add: writeTransaction(db, (fields: SourceFields, { actor, command }: WriteContext, text?: string): number => {
      const id = Number(insert.run({ ...fields, at: actor.at }).lastInsertRowid);
      audit.append(actor, command, toSourceId(id), { fields });
      if (text !== undefined) documents.storeText(id, text, actor.at);
      return id;
    }),

    edit: writeTransaction(db, (id: number, fields: SourceFields, { actor, command }: WriteContext, reason: string): void => {
      const before = toSourceFields(row.get(id)!);
      update.run({ ...fields, id, at: actor.at });
      audit.append(actor, command, toSourceId(id), { before, after: fields, reason });
    }),

    /** Retracts or restores a source; returns the ids of the facts that cite it, now flagged. */
    setStatus: writeTransaction(db, (id: number, status: SourceStatus, { actor, command }: WriteContext, reason: string | null): number[] => {
      setStatus.run({ id, status, at: actor.at });
      const flagged = citing.all(id).map((fact) => fact.id);
      audit.append(actor, command, toSourceId(id), { reason, facts: flagged });
      return flagged;
    }),
  };
}
