import type { Pool, PoolClient } from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { toPostgresFailure } from './store-failure';

/** One connection's way of running SQL: the part of node-postgres and PGlite that the stores use. */
export interface SqlSession {
  /** One statement with `$1 …` parameters (never spliced into the text). */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A PostgreSQL database reached through a pool of sessions, or through one embedded session. */
export interface SqlDatabase extends Pick<SqlSession, 'query'> {
  /** Runs `work` on one session held for its whole length (session locks, settings). */
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function inTransaction<T>(session: SqlSession, work: (session: SqlSession) => Promise<T>): Promise<T> {
  await session.query('BEGIN');
  try {
    const result = await work(session);
    await session.query('COMMIT');
    return result;
  } catch (error) {
    await session.query('ROLLBACK');
    throw error;
  }
}

function toSession(client: PoolClient): SqlSession {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => ({ rows: (await client.query(sql, [...params])).rows as Row[] }),
    // Without parameters node-postgres sends the simple query protocol, which allows many statements.
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

// Whatever fails because the server cannot be reached reaches the core as StoreUnavailableError.
async function classified<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPostgresFailure(error);
  }
}

/**
 * A node-postgres pool as a `SqlDatabase`; closing it ends the pool. A server that cannot be
 * reached (refused, timed out, shut down, connection lost) rejects with StoreUnavailableError.
 */
export function fromPool(pool: Pool): SqlDatabase {
  const session = <T>(work: (session: SqlSession) => Promise<T>): Promise<T> =>
    classified(async () => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await work(toSession(client));
      } catch (error) {
        // A session that failed mid-transaction must not go back to the pool half-open.
        broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        client.release(broken);
      }
    });
  return {
    query: <Row>(sql: string, params: readonly unknown[] = []) => classified(async () => ({ rows: (await pool.query(sql, [...params])).rows as Row[] })),
    session,
    transaction: (work) => session((s) => inTransaction(s, work)),
    close: () => pool.end(),
  };
}

/**
 * An embedded PGlite as a `SqlDatabase`. PGlite is one session: a mutex hands it to one piece of
 * work at a time, as a pool of one connection would, so a transaction never takes in another
 * caller's statements. `close` leaves the instance open: whoever created it owns it.
 */
export function fromPglite(pglite: PGlite): SqlDatabase {
  const raw: SqlSession = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => ({ rows: (await pglite.query<Row>(sql, [...params])).rows }),
    exec: async (sql) => {
      await pglite.exec(sql);
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  const session = <T>(work: (session: SqlSession) => Promise<T>): Promise<T> => {
    const turn = queue.then(() => work(raw));
    queue = turn.catch(() => undefined);
    return turn;
  };
  return {
    query: <Row>(sql: string, params?: readonly unknown[]) => session((s) => s.query<Row>(sql, params)),
    session,
    transaction: (work) => session((s) => inTransaction(s, work)),
    close: async () => undefined,
  };
}
