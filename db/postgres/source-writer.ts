import type { WriteContext } from '../../src/domain/actor';
import { toSourceId } from '../../src/domain/ids';
import type { SourceFields, SourceStatus } from '../../src/domain/source';
import { type SourceRow, toSourceFields } from '../sqlite/source-row';
import { appendAudit } from './audit-log';
import { storeDocumentText } from './document-writer';
import type { SqlDatabase, SqlSession } from './sql-client';

type StoredSource = Omit<SourceRow, 'id'>;

const SELECT_SOURCE = `SELECT title, url, publisher, author, published_on, kind, notes, status FROM sources WHERE id = $1`;

const fieldParams = (fields: SourceFields): unknown[] => [
  fields.title,
  fields.url,
  fields.publisher,
  fields.author,
  fields.publishedOn,
  fields.kind,
  fields.notes,
];

/**
 * Writes to sources, each in one transaction with its audit entry. The audit entry of an edit
 * keeps the previous values, so no edit loses what the source said before.
 */
export function createSourceWriter(db: SqlDatabase) {
  // The row is locked first, so two hosts editing one source each keep what the other wrote before.
  const lockedRow = async (session: SqlSession, id: number): Promise<StoredSource | undefined> =>
    (await session.query<StoredSource>(`${SELECT_SOURCE} FOR UPDATE`, [id])).rows[0];

  return {
    /** The source's current fields and status, or undefined. */
    async current(id: number): Promise<{ fields: SourceFields; status: SourceStatus } | undefined> {
      const found = (await db.query<StoredSource>(SELECT_SOURCE, [id])).rows[0];
      return found ? { fields: toSourceFields(found), status: found.status } : undefined;
    },

    /** Adds a source, with its text and passages when given, in one transaction. */
    add(fields: SourceFields, { actor, command }: WriteContext, text?: string): Promise<number> {
      return db.transaction(async (session) => {
        const { rows } = await session.query<{ id: number }>(
          `INSERT INTO sources (title, url, publisher, author, published_on, kind, notes, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
          [...fieldParams(fields), actor.at],
        );
        const id = rows[0]!.id;
        await appendAudit(session, actor, command, toSourceId(id), { fields });
        if (text !== undefined) await storeDocumentText(session, id, text, actor.at);
        return id;
      });
    },

    edit(id: number, fields: SourceFields, { actor, command }: WriteContext, reason: string): Promise<void> {
      return db.transaction(async (session) => {
        const before = await lockedRow(session, id);
        if (!before) throw new Error(`Source ${id} has no row to edit.`);
        await session.query(
          `UPDATE sources SET title = $1, url = $2, publisher = $3, author = $4, published_on = $5, kind = $6, notes = $7, updated_at = $8
            WHERE id = $9`,
          [...fieldParams(fields), actor.at, id],
        );
        await appendAudit(session, actor, command, toSourceId(id), { before: toSourceFields(before), after: fields, reason });
      });
    },

    /** Retracts or restores a source; returns the ids of the facts that cite it, now flagged. */
    setStatus(id: number, status: SourceStatus, { actor, command }: WriteContext, reason: string | null): Promise<number[]> {
      return db.transaction(async (session) => {
        await session.query(`UPDATE sources SET status = $1, updated_at = $2 WHERE id = $3`, [status, actor.at, id]);
        const { rows } = await session.query<{ id: number }>(`SELECT id FROM facts WHERE source_id = $1 AND status IN ('active', 'pending') ORDER BY id`, [id]);
        const flagged = rows.map((fact) => fact.id);
        await appendAudit(session, actor, command, toSourceId(id), { reason, facts: flagged });
        return flagged;
      });
    },
  };
}
