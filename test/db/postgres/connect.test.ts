import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../../db/postgres/connect';
import { parseDatabaseUrl } from '../../../db/postgres/database-url';
import { closedPort } from './closed-port';
import { testServerUrl } from './fresh-database';

const serverUrl = process.env.BRIEFBOT_TEST_DATABASE_URL;
const ignore = (): void => undefined;

describe('opening the PostgreSQL fact base', () => {
  it('names the variable, the address and what to check when no server answers, and never the password', async () => {
    const port = await closedPort();
    const opening = openPostgres({ url: `postgres://briefbot:s3cret-pass@127.0.0.1:${port}/briefbot`, onIdleError: ignore });
    await expect(opening).rejects.toThrow(
      `BRIEFBOT_DATABASE_URL: cannot reach the PostgreSQL server at 127.0.0.1:${port} (connection refused). Check that the server is running`,
    );
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });

  it('says which part of a URL is wrong without repeating the URL', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/briefbot')).toThrow(
      'BRIEFBOT_DATABASE_URL must start with postgres:// (it starts with mysql://). Set it to postgres://user:password@host:5432/database.',
    );
    expect(() => parseDatabaseUrl('postgres://root:hunter2@db/')).toThrow('BRIEFBOT_DATABASE_URL must name a host and a database');
    expect(() => parseDatabaseUrl('db.example.org:5432')).toThrow(/BRIEFBOT_DATABASE_URL/);
    expect(() => parseDatabaseUrl('not a url at all hunter2')).toThrow('BRIEFBOT_DATABASE_URL is not a URL.');
  });

  it('reads the host, port, database and user of a URL, with the default port', () => {
    expect(parseDatabaseUrl('postgres://bot%40team:pw@db.example.org/fact%20base')).toEqual({
      host: 'db.example.org',
      port: 5432,
      database: 'fact base',
      user: 'bot@team',
    });
  });

  it.runIf(serverUrl)('tells a missing database apart from an unreachable server', async () => {
    const url = new URL(serverUrl!);
    url.pathname = '/briefbot_no_such_database';
    await expect(openPostgres({ url: url.toString(), onIdleError: ignore })).rejects.toThrow(
      /BRIEFBOT_DATABASE_URL: the PostgreSQL server at .+ has no database "briefbot_no_such_database"\. Create it/,
    );
  });

  it.runIf(serverUrl)('refuses a schema the database does not have, rather than building the base in public', async () => {
    await expect(openPostgres({ url: serverUrl!, schema: 'briefbot_no_such_schema', onIdleError: ignore })).rejects.toThrow(
      /BRIEFBOT_DATABASE_SCHEMA: the database "\w+" has no schema "briefbot_no_such_schema"\. Create it \(CREATE SCHEMA briefbot_no_such_schema\)/,
    );
  });
});

describe.runIf(testServerUrl)('sessions of the PostgreSQL fact base', () => {
  it('plan for data held in memory (random_page_cost 1.1) on every pooled connection, whatever the server default', async () => {
    const db = await openPostgres({ url: testServerUrl!, onIdleError: () => undefined, maxConnections: 3 });
    try {
      const settings = await Promise.all(
        [1, 2, 3].map(() => db.session(async (s) => (await s.query<{ random_page_cost: string }>('SHOW random_page_cost')).rows[0]!.random_page_cost)),
      );
      expect(settings).toEqual(['1.1', '1.1', '1.1']);
    } finally {
      await db.close();
    }
  });
});
