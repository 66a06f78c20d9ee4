import type { Database } from 'better-sqlite3';
import type { WriteContext } from '../../src/domain/actor';
import type { AliasKind } from '../../src/domain/entity';
import { AliasTakenError } from '../../src/domain/errors';
import { createAuditLog } from './audit-log';
import { writeTransaction } from './write-transaction';

// Another alias spelled the same (the primary key), or the name of another entity (a trigger).
function isTakenName(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_TRIGGER';
}

/** Adds and removes entity aliases, each with its audit entry in the same transaction. */
export function createAliasWriter(db: Database) {
  const audit = createAuditLog(db);
  const insert = db.prepare(`INSERT INTO entity_aliases (alias, entity_id, kind) VALUES (?, ?, ?)`);
  const remove = db.prepare(`DELETE FROM entity_aliases WHERE alias = ?`);
  const owner = db.prepare<[string], { entity: string; kind: string }>(
    `SELECT e.name AS entity, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?`,
  );
  const add = writeTransaction(db, (entityId: number, entity: string, alias: string, kind: AliasKind, { actor, command }: WriteContext): void => {
    insert.run(alias, entityId, kind);
    audit.append(actor, command, entity, { alias, kind });
  });
  return {
    /** The entity an alias belongs to, if the alias exists. */
    ownerOf(alias: string): { entity: string; kind: string } | undefined {
      return owner.get(alias);
    },
    /** Adds an alias with its audit entry; throws AliasTakenError when the name is taken (case aside). */
    add(entityId: number, entity: string, alias: string, kind: AliasKind, context: WriteContext): void {
      try {
        add(entityId, entity, alias, kind, context);
      } catch (error) {
        if (isTakenName(error)) throw new AliasTakenError(alias);
        throw error;
      }
    },
    remove: writeTransaction(db, (alias: string, { actor, command }: WriteContext): void => {
      const before = owner.get(alias);
      remove.run(alias);
      audit.append(actor, command, before?.entity ?? null, { alias, kind: before?.kind });
    }),
  };
}
