import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type PostgresTarget, serverTargets, testServerUrl } from '../db/postgres/fresh-database';

/**
 * Where the tests that run several processes put the base they share: a SQLite file always, and a
 * schema of its own on the PostgreSQL server when BRIEFBOT_TEST_DATABASE_URL names one. The base is
 * empty until the first process opens it, which migrates and seeds it as the bot would.
 */
export interface TestBase {
  /** The variables that point a process (app/main.ts, a child script) at this base. */
  env: Record<string, string>;
  /** The same place as openCore takes it. */
  location: { databasePath: string; databaseUrl?: string; databaseSchema?: string };
  /** The number a query gives as `n`; the query must read the same on both stores. */
  count(sql: string): Promise<number>;
  /** Removes the file or drops the schema. */
  drop(): Promise<void>;
}

export interface StoreUnderTest {
  name: 'SQLite' | 'PostgreSQL';
  create(): Promise<TestBase>;
}

/** A SQLite file in a temporary folder: what tests that need no server use. */
export const SQLITE: StoreUnderTest = {
  name: 'SQLite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-shared-'));
    const path = join(dir, 'shared.db');
    return {
      // Blank is unset: a URL in the test runner's own environment must not pull the children onto a server.
      env: { BRIEFBOT_DB: path, BRIEFBOT_DATABASE_URL: '', BRIEFBOT_DATABASE_SCHEMA: '' },
      location: { databasePath: path },
      async count(sql) {
        const db = new Database(path, { readonly: true });
        try {
          return (db.prepare(sql).get() as { n: number }).n;
        } finally {
          db.close();
        }
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(target: PostgresTarget, url: string): StoreUnderTest {
  return {
    name: 'PostgreSQL',
    async create() {
      await target.open();
      const fresh = await target.fresh();
      return {
        env: { BRIEFBOT_DATABASE_URL: url, BRIEFBOT_DATABASE_SCHEMA: fresh.schema },
        location: { databasePath: ':memory:', databaseUrl: url, databaseSchema: fresh.schema },
        async count(sql) {
          const { rows } = await fresh.db.query<{ n: string | number }>(sql);
          return Number(rows[0]!.n);
        },
        async drop() {
          await fresh.drop();
          await target.close();
        },
      };
    },
  };
}

/** SQLite, and the PostgreSQL server when one is configured. */
export function storesUnderTest(): StoreUnderTest[] {
  const url = testServerUrl;
  return [SQLITE, ...(url ? serverTargets().map((target) => postgres(target, url)) : [])];
}

/**
 * What a base's history must hold however its writers ended: each fact at the version of its last
 * revision, each fact's revisions numbered 1..n without a gap or repeat, and no audit entry naming
 * a fact that is not there. Each count is of the facts or entries that break the rule.
 */
export async function historyBreaks(base: TestBase): Promise<{ versionNotLastRevision: number; revisionGaps: number; auditWithoutFact: number }> {
  return {
    versionNotLastRevision: await base.count(
      `SELECT count(*) AS n FROM facts f WHERE f.version <> COALESCE((SELECT max(r.version) FROM fact_revisions r WHERE r.fact_id = f.id), 0)`,
    ),
    revisionGaps: await base.count(
      `SELECT count(*) AS n FROM (SELECT fact_id FROM fact_revisions GROUP BY fact_id
         HAVING min(version) <> 1 OR max(version) <> count(*) OR count(DISTINCT version) <> count(*)) broken`,
    ),
    auditWithoutFact: await base.count(
      `SELECT count(*) AS n FROM audit_log a WHERE a.target LIKE 'F%' AND a.command LIKE 'fact %'
         AND NOT EXISTS (SELECT 1 FROM facts f WHERE 'F' || f.id = a.target)`,
    ),
  };
}
