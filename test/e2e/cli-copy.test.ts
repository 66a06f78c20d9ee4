import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../db/postgres/connect';
import type { SqlDatabase } from '../../db/postgres/sql-client';
import { closedPort } from '../db/postgres/closed-port';
import { EXTENSIONS_SQL } from '../db/postgres/pglite-start';

const ROOT = new URL('../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copy(args: string[], database: string) {
  const result = spawnSync(TSX, ['app/cli.ts', 'copy', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFBOT_DB: database, LOG_FORMAT: 'json' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('briefbot copy', () => {
  it.each([
    [[], /Give exactly one of --to and --from/],
    [['--to', 'postgres://a@h/d', '--from', 'postgres://a@h/d'], /Give exactly one of --to and --from/],
    [['--into', 'x'], /Unknown option '--into'/],
    [['--to', 'mysql://h/d'], /--to must start with postgres:\/\//],
  ])('refuses a wrong command line with the usage %#', (args, message) => {
    const { code, stderr } = copy(args, join(dir, 'none.db'));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses to copy a SQLite base that does not exist, rather than seeding one', () => {
    const { code, stderr } = copy(['--to', 'postgres://postgres@127.0.0.1:1/none'], join(dir, 'missing.db'));
    expect(code).toBe(1);
    expect(stderr).toContain(`There is no SQLite base at ${join(dir, 'missing.db')}`);
  });

  it('names the option that gave a server it cannot reach, not the environment variable', async () => {
    const { code, stderr } = copy(['--from', `postgres://postgres@127.0.0.1:${await closedPort()}/none`], join(dir, 'from.db'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/copy --from: cannot reach the PostgreSQL server at 127\.0\.0\.1:\d+ \(connection refused\)\. .* host and port in copy --from\./m);
    expect(stderr).not.toContain('BRIEFBOT_DATABASE_URL');
  });
});

const serverUrl = process.env.BRIEFBOT_TEST_DATABASE_URL;

// The command copies into a database's public schema, so the test makes a database of its own.
describe.runIf(serverUrl)('briefbot copy against the PostgreSQL server', () => {
  const database = `briefbot_cli_copy_${process.pid}`;
  const url = (serverUrl ?? '').replace(/\/[^/]*$/, `/${database}`);
  let admin: SqlDatabase;
  beforeAll(async () => {
    admin = await openPostgres({ url: serverUrl!, onIdleError: () => undefined, maxConnections: 1 });
    await admin.query(`CREATE DATABASE ${database}`);
    const created = await openPostgres({ url, onIdleError: () => undefined, maxConnections: 1 });
    await created.session((s) => s.exec(EXTENSIONS_SQL));
    await created.close();
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.close();
  });

  it('copies the base there and back, prints progress lines, and refuses a second copy into the full database', () => {
    const original = join(dir, 'seeded.db');
    expect(spawnSync(TSX, ['app/cli.ts', 'stats'], { cwd: ROOT, env: { ...process.env, BRIEFBOT_DB: original } }).status).toBe(0);
    const there = copy(['--to', url], original);
    expect(there.stderr).toMatch(/^facts: \d+ of \d+ rows \([\d,]+ rows\/s\), done$/m);
    expect(there).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Copied \d+ sources, \d+ entities, .* to PostgreSQL 127\.0\.0\.1:5432\//) });
    const again = copy(['--to', url], original);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Refused: the PostgreSQL database 127\.0\.0\.1:5432\/briefbot_cli_copy_\d+ already holds a base \(\d+ sources, .*createdb/);
    const back = copy(['--from', url], join(dir, 'back.db'));
    expect(back).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Copied \d+ sources, .* to .*back\.db\.$/m) });
    expect(copy(['--from', url], original).stderr).toMatch(/Refused: the SQLite file .*seeded\.db \(BRIEFBOT_DB\) already holds a base/);
  }, 120_000);
});
