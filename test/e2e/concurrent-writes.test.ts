import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';

const ROOT = new URL('../..', import.meta.url).pathname;
const PROCESSES = 4;
const WRITES_EACH = 250;

function runWriter(path: string, writer: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/e2e/concurrent-writer.ts', path, String(writer), String(WRITES_EACH)], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('several processes writing to one database file', () => {
  it(`keeps all ${PROCESSES} × ${WRITES_EACH} writes with a consistent history and no lock failures`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-concurrent-')), 'shared.db');
    await (await openCore({ databasePath: path, logger: createSilentLogger() })).close();
    const results = await Promise.all(Array.from({ length: PROCESSES }, (_, writer) => runWriter(path, writer)));
    for (const result of results) {
      expect(result.stderr).not.toMatch(/locked|SQLITE_BUSY/);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ refusals: [] });
    }
    const db = new Database(path, { readonly: true });
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT count(*) AS n FROM facts WHERE created_by LIKE 'cli:writer-%'`)).toBe(PROCESSES * WRITES_EACH);
    expect(count(`SELECT count(DISTINCT statement) AS n FROM facts WHERE created_by LIKE 'cli:writer-%'`)).toBe(PROCESSES * WRITES_EACH);
    expect(
      count(`SELECT count(*) AS n FROM facts f WHERE f.created_by LIKE 'cli:writer-%'
               AND (SELECT count(*) FROM fact_revisions r WHERE r.fact_id = f.id AND r.version = 1 AND r.action = 'add') = 1
               AND (SELECT count(*) FROM fact_entities fe WHERE fe.fact_id = f.id) = 1`),
    ).toBe(PROCESSES * WRITES_EACH);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE command = 'fact add'`)).toBe(PROCESSES * WRITES_EACH);
    expect(count(`SELECT count(*) AS n FROM facts_fts WHERE facts_fts MATCH 'writer AND logged AND incident'`)).toBe(PROCESSES * WRITES_EACH);
    db.close();
  }, 120_000);
});
