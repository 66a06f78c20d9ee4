import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';

/** Adds and removes entity aliases, each with its audit entry in the same transaction. */
export function createAliasWriter(db: Database) {
  const audit = createAuditLog(db);
  const insert = db.prepare(`INSERT INTO entity_aliases (alias, entity_id, kind) VALUES (?, ?, ?)`);
  const remove = db.prepare(`DELETE FROM entity_aliases WHERE alias = ?`);
  const owner = db.prepare<[string], { entity: string; kind: string }>(
    `SELECT e.name AS entity, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?`,
  );
  return {
    /** The entity an alias belongs to, if the alias exists. */
    ownerOf(alias: string): { entity: string; kind: string } | undefined {
      return owner.get(alias);
    },
    add: writeTransaction(db, (entityId: number, entity: string, alias: string, kind: 'name' | 'demonym', { actor, command }: WriteContext): void => {
      insert.run(alias, entityId, kind);
      audit.append(actor, command, entity, { alias, kind });
    }),
    remove: writeTransaction(db, (alias: string, { actor, command }: WriteContext): void => {
      const before = owner.get(alias);
      remove.run(alias);
      audit.append(actor, command, before?.entity ?? null, { alias, kind: before?.kind });
    }),
  };
}
