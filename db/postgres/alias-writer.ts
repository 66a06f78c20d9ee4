import type { WriteContext } from '../../src/domain/actor';
import type { AliasKind } from '../../src/domain/entity';
import { AliasTakenError } from '../../src/domain/errors';
import { appendAudit } from './audit-log';
import type { SqlDatabase, SqlSession } from './sql-client';
import { isUniqueViolation } from './sql-errors';

type Owner = { entity: string; kind: string };

// Aliases are one spelling whatever the case, as the unique index on lower(alias) keeps them.
async function ownerOf(session: Pick<SqlSession, 'query'>, alias: string): Promise<Owner | undefined> {
  const { rows } = await session.query<Owner>(
    `SELECT e.name AS entity, a.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE lower(a.alias) = lower($1)`,
    [alias],
  );
  return rows[0];
}

/** Adds and removes entity aliases, each with its audit entry in the same transaction. */
export function createAliasWriter(db: SqlDatabase) {
  return {
    /** The entity an alias belongs to, if the alias exists. */
    aliasOwner: (alias: string): Promise<Owner | undefined> => ownerOf(db, alias),

    /** Adds an alias with its audit entry; throws AliasTakenError when the name is taken (case aside). */
    async addAlias(entityId: number, entity: string, alias: string, kind: AliasKind, { actor, command }: WriteContext): Promise<void> {
      try {
        await db.transaction(async (session) => {
          await session.query(`INSERT INTO entity_aliases (alias, entity_id, kind) VALUES ($1, $2, $3)`, [alias, entityId, kind]);
          await appendAudit(session, actor, command, entity, { alias, kind });
        });
      } catch (error) {
        // Another alias spelled alike (the unique index), or another entity's name (a trigger).
        if (isUniqueViolation(error)) throw new AliasTakenError(alias);
        throw error;
      }
    },

    removeAlias(alias: string, { actor, command }: WriteContext): Promise<void> {
      return db.transaction(async (session) => {
        const before = await ownerOf(session, alias);
        await session.query(`DELETE FROM entity_aliases WHERE lower(alias) = lower($1)`, [alias]);
        await appendAudit(session, actor, command, before?.entity ?? null, { alias, kind: before?.kind });
      });
    },
  };
}
