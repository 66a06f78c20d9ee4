import pg from 'pg';
import { ConfigError } from '../../src/domain/errors';
import { DATABASE_SCHEMA_VARIABLE, DATABASE_URL_VARIABLE, type DatabaseAddress, parseDatabaseUrl } from './database-url';
import { fromPool, type SqlDatabase } from './sql-client';

/** How to reach the PostgreSQL server. */
export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`, from `BRIEFBOT_DATABASE_URL`. */
  url: string;
  /**
   * Called when an idle pooled connection fails (the server restarted, the network dropped). The
   * pool replaces the connection; without a listener node-postgres would end the process.
   */
  onIdleError: (error: Error) => void;
  /** The schema the base lives in; the server's search_path (usually `public`) when omitted. */
  schema?: string;
  /** Connections the pool may open at once. */
  maxConnections?: number;
  /** How long to wait for a connection before giving up. */
  connectTimeoutMs?: number;
  /** Where the URL was given, as messages name it: `BRIEFBOT_DATABASE_URL` unless told (`copy --to`). */
  urlGivenBy?: string;
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
};

// node-postgres reports a failed connection through Node's network error codes or PostgreSQL's
// SQLSTATE; each gets the reason in words and what to check.
function explain(error: unknown, address: DatabaseAddress, givenBy: string): ConfigError {
  const code = (error as { code?: string }).code;
  const where = `${address.host}:${address.port}`;
  if (code === '28P01' || code === '28000') {
    return new ConfigError(
      `${givenBy}: the PostgreSQL server at ${where} refused user "${address.user}" (authentication failed). ` + `Check the user and password in ${givenBy}.`,
    );
  }
  if (code === '3D000') {
    return new ConfigError(
      `${givenBy}: the PostgreSQL server at ${where} has no database "${address.database}". ` +
        `Create it (createdb ${address.database}) or correct the database name in ${givenBy}.`,
    );
  }
  const reason = REASONS[code ?? ''] ?? ((error as Error).message || code || 'no answer');
  return new ConfigError(
    `${givenBy}: cannot reach the PostgreSQL server at ${where} (${reason}). ` +
      `Check that the server is running and accepts connections, and the host and port in ${givenBy}.`,
  );
}

/**
 * Opens a connection pool and proves it with one round trip, so a wrong URL or a server that is
 * down fails at start-up with the variable named, rather than on the first question. The password
 * appears in no message.
 */
export async function openPostgres(options: PostgresOptions): Promise<SqlDatabase> {
  const address = parseDatabaseUrl(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    options: sessionOptions(options.schema),
  });
  pool.on('error', options.onIdleError);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw explain(error, address, options.urlGivenBy ?? DATABASE_URL_VARIABLE);
  }
  if (options.schema !== undefined) await refuseMissingSchema(pool, options.schema, address);
  return fromPool(pool);
}

// A search_path naming a schema that does not exist silently falls through to `public`, where the
// migrations would then build the base: a missing schema stops the open instead.
async function refuseMissingSchema(pool: pg.Pool, schema: string, address: DatabaseAddress): Promise<void> {
  const { rowCount } = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (rowCount) return;
  await pool.end();
  throw new ConfigError(
    `${DATABASE_SCHEMA_VARIABLE}: the database "${address.database}" has no schema "${schema}". ` +
      `Create it (CREATE SCHEMA ${schema}) or correct ${DATABASE_SCHEMA_VARIABLE}.`,
  );
}

// PostgreSQL's default random_page_cost (4) prices a random read as a disk seek. A fact base is
// small enough to stay in the server's memory, where that price makes the planner walk the whole
// primary key backwards rather than read a GIN index for a few rare names (230 ms instead of 6 at
// 100,000 facts). 1.1 is the value PostgreSQL's documentation suggests for data that is cached or
// on SSD; it applies to the bot's own sessions only.
const PLANNER_SETTINGS = '-c random_page_cost=1.1';

function sessionOptions(schema: string | undefined): string {
  return schema === undefined ? PLANNER_SETTINGS : `${PLANNER_SETTINGS} -c search_path=${quoteSearchPath(schema)}`;
}

// The schema is ours (configuration or a test's throw-away name), but it still goes through a
// strict pattern: it becomes part of a connection option string.
function quoteSearchPath(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(`The PostgreSQL schema name "${schema}" must be lower-case letters, digits and underscores.`);
  }
  return `${schema},public`;
}
