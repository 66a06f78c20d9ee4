import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('SIGTERM during writes', () => {
  it('exits 0 with every write either fully present or absent, and the log checkpointed', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-shutdown-')), 'base.db');
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/ops/shutdown-writer.ts', path], { cwd: ROOT });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);

    const db = new Database(path, { readonly: true });
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    const written = count(`SELECT count(*) AS n FROM facts WHERE created_by = 'cli:writer'`);
    expect(written).toBeGreaterThan(20);
    const complete = count(`SELECT count(*) AS n FROM facts f WHERE f.created_by = 'cli:writer'
      AND EXISTS (SELECT 1 FROM fact_revisions r WHERE r.fact_id = f.id AND r.version = 1)
      AND EXISTS (SELECT 1 FROM fact_entities fe WHERE fe.fact_id = f.id)
      AND EXISTS (SELECT 1 FROM audit_log a WHERE a.target = 'F' || f.id AND a.command = 'fact add')`);
    expect(complete).toBe(written);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE command = 'fact add'`)).toBe(written);
    db.close();
    const wal = `${path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });
});
