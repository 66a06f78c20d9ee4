import { ConfigError } from '../../src/domain/errors';

/** The environment variable that points briefbot at a PostgreSQL server. */
export const DATABASE_URL_VARIABLE = 'BRIEFBOT_DATABASE_URL';

/** The environment variable naming the schema of that database the base lives in. */
export const DATABASE_SCHEMA_VARIABLE = 'BRIEFBOT_DATABASE_SCHEMA';

/** Where a database URL points, without its password: safe to show and to log. */
export interface DatabaseAddress {
  host: string;
  port: number;
  database: string;
  user: string;
}

/**
 * Reads a `postgres://user:password@host:port/database` URL. The message of a bad one names the
 * variable and what was wrong, never the URL itself, which holds the password.
 */
export function parseDatabaseUrl(url: string, variable: string = DATABASE_URL_VARIABLE): DatabaseAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${variable} is not a URL. Set it to postgres://user:password@host:5432/database.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `${variable} must start with postgres:// (it starts with ${parsed.protocol}//). Set it to postgres://user:password@host:5432/database.`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (parsed.hostname === '' || database === '') {
    throw new ConfigError(`${variable} must name a host and a database: postgres://user:password@host:5432/database.`);
  }
  return {
    host: parsed.hostname,
    port: parsed.port === '' ? 5432 : Number(parsed.port),
    database,
    user: decodeURIComponent(parsed.username),
  };
}
