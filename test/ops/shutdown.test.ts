import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../src/ops/shutdown';

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

describe('a checkpoint that fails at shutdown', () => {
  it('exits 0 when another process still uses the file, which folds the log in when it closes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-shutdown-')), 'base.db');
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['test/ops/shutdown-writer.ts', path, 'hold-reader'], { cwd: ROOT });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGTERM');
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(0);
  });

  it('logs why, after the adapters stopped and the commands drained', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const order: string[] = [];
    const shutdown = createShutdown({
      drain: async () => {
        order.push('drain');
        return { unfinished: 0 };
      },
      stops: [async () => void order.push('stop')],
      closeDatabase: () => {
        throw new Error('disk I/O error');
      },
      logger,
      timeoutMs: 10,
    });
    expect(await shutdown('SIGTERM')).toBe(1);
    expect(order).toEqual(['drain', 'stop']);
    expect(lines.some((line) => line.includes('"level":50') && line.includes('could not be checkpointed') && line.includes('disk I/O error'))).toBe(true);
  });

  it('warns, and still exits 0, when another process keeps the log from being folded in', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const shutdown = createShutdown({
      drain: async () => ({ unfinished: 0 }),
      stops: [],
      closeDatabase: async () => ({ checkpointed: false }),
      logger,
      timeoutMs: 10,
    });
    expect(await shutdown('SIGTERM')).toBe(0);
    expect(lines.some((line) => line.includes('"level":40') && line.includes('another process still uses the database'))).toBe(true);
  });
});
