import type { FactStatus } from '../../src/domain/fact';
import type { BaseStats, StatsStore } from '../store';
import type { SqlDatabase, SqlSession } from './sql-client';
import { toIsoText } from './timestamps';

/** How many facts there are of each status (only statuses some fact has), in the order SQLite groups them. */
export async function countFactsByStatus(sql: Pick<SqlSession, 'query'>): Promise<{ status: FactStatus; n: number }[]> {
  return (await sql.query<{ status: FactStatus; n: number }>(`SELECT status, count(*)::integer AS n FROM facts GROUP BY status ORDER BY status`)).rows;
}

type LastChange = NonNullable<BaseStats['lastChange']>;

/** Counts what the fact base holds: each count reads an index or a small table. */
export function createPostgresStatsStore(db: SqlDatabase): StatsStore {
  return {
    /** Every count and the last change, read in one snapshot. */
    read: () =>
      db.transaction(async (session) => {
        await session.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
        const facts: Record<FactStatus, number> = { active: 0, pending: 0, retracted: 0, rejected: 0 };
        for (const row of await countFactsByStatus(session)) facts[row.status] = row.n;
        const catalogue = await session.query<{ active: number; retracted: number; further: number }>(
          `SELECT count(*) FILTER (WHERE status = 'active')::integer AS active, count(*) FILTER (WHERE status = 'retracted')::integer AS retracted,
                  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.source_id = s.id AND f.status = 'active'))::integer AS further
             FROM sources s`,
        );
        const vocabulary = await session.query<{ entities: number; aliases: number; demonyms: number }>(
          `SELECT (SELECT count(*) FROM entities)::integer AS entities,
                  (SELECT count(*) FROM entity_aliases WHERE kind = 'name')::integer AS aliases,
                  (SELECT count(*) FROM entity_aliases WHERE kind = 'demonym')::integer AS demonyms`,
        );
        // Every write, the seed and imports included, appends to the audit log in its own
        // transaction, so the newest entry is the last change to the base.
        const last = await session.query<Omit<LastChange, 'at'> & { at: Date }>(
          `SELECT at, command, target, display_name AS "by", platform FROM audit_log ORDER BY id DESC LIMIT 1`,
        );
        const { active, retracted, further } = catalogue.rows[0]!;
        const change = last.rows[0];
        return {
          facts,
          sources: { active, retracted, furtherReading: further },
          ...vocabulary.rows[0]!,
          lastChange: change ? { ...change, at: toIsoText(change.at) } : null,
        };
      }),
  };
}
