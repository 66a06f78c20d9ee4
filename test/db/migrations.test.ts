import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/sqlite/migrate';
import { NewerSchemaError } from '../../src/domain/errors';
import { openFactBase } from '../../src/fact-base';
import { rowsOf } from '../helpers/sqlite-rows';

const MIGRATIONS = new URL('../../db/migrations/', import.meta.url).pathname;
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'briefbot-migrations-'));
const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

describe('migrations', () => {
  it('runs one that arrives after a higher number already ran', async () => {
    const dir = tempDir();
    for (const file of ['001_initial.sql', '003_trust-boundary.sql']) copyFileSync(join(MIGRATIONS, file), join(dir, file));
    const db = new Database(':memory:');
    migrate(db, dir);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    writeFileSync(join(dir, '002_late-arrival.sql'), 'CREATE TABLE late_arrival (id INTEGER PRIMARY KEY);');
    migrate(db, dir);
    expect(hasTable(db, 'late_arrival')).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare(`SELECT version FROM schema_migrations ORDER BY version`).pluck().all()).toEqual([1, 2, 3]);
  });

  it('refuses a base that had a migration this version does not know', async () => {
    const dir = tempDir();
    copyFileSync(join(MIGRATIONS, '001_initial.sql'), join(dir, '001_initial.sql'));
    const db = new Database(':memory:');
    migrate(db, dir);
    db.prepare(`INSERT INTO schema_migrations (version, name) VALUES (7, '007_future.sql')`).run();
    expect(() => migrate(db, dir)).toThrowError(new NewerSchemaError(7, 1));
  });

  it('moves a base written at schema 1 forward, keeping its facts, history and search, with NULL where no place was recorded', async () => {
    const path = join(tempDir(), 'old.db');
    const old = new Database(path);
    old.exec(readFileSync(join(MIGRATIONS, '001_initial.sql'), 'utf8'));
    old.exec(`INSERT INTO sources (title, created_at, updated_at) VALUES ('Old source', 'x', 'x');
      INSERT INTO facts (statement, quote, source_id, created_by, updated_by, created_at, updated_at) VALUES ('Floods hit Khorog', 'floods', 1, 'cli:a', 'cli:a', 'x', 'x');
      INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, platform, changed_at) VALUES (1, 1, 'add', '{}', 'cli:a', 'cli', 'x');
      INSERT INTO audit_log (at, platform, user_id, display_name, command) VALUES ('x', 'cli', 'cli:a', 'A', 'fact add');`);
    old.pragma('user_version = 1');
    old.close();
    const base = await openFactBase({ path });
    expect(await base.facts.getOne(1)).toMatchObject({ statement: 'Floods hit Khorog', source: { id: 'S1', title: 'Old source' } });
    expect(await base.facts.history(1)).toMatchObject([{ changedBy: 'cli:a', workspaceId: null, channelId: null }]);
    expect(rowsOf(base).prepare(`SELECT workspace_id, channel_id FROM audit_log`).get()).toEqual({ workspace_id: null, channel_id: null });
    expect((await base.search.match({ phrase: 'khorog' }, 5)).map((hit) => hit.id)).toEqual([1]);
    expect(rowsOf(base).pragma('foreign_keys', { simple: true })).toBe(1);
    expect(rowsOf(base).pragma('foreign_key_check')).toEqual([]);
    await base.close();
  });
});

describe('the reader feedback migration', () => {
  it('keeps the first of duplicate reports written before one report per person, then refuses another', async () => {
    const dir = tempDir();
    for (const file of ['001_initial.sql', '002_source_catalogue.sql', '003_trust-boundary.sql']) copyFileSync(join(MIGRATIONS, file), join(dir, file));
    const db = new Database(':memory:');
    migrate(db, dir);
    db.prepare(`INSERT INTO sources (title, created_at, updated_at) VALUES ('S', 't', 't')`).run();
    db.prepare(
      `INSERT INTO facts (statement, quote, source_id, created_by, updated_by, created_at, updated_at) VALUES ('s', 'q', 1, 'x', 'x', 't', 't')`,
    ).run();
    const report = db.prepare(
      `INSERT INTO fact_reports (fact_id, fact_version, reason, by, platform, display_name, at) VALUES (1, 1, ?, 'slack:U1', 'slack', 'U', 't')`,
    );
    report.run('first');
    report.run('second');
    copyFileSync(join(MIGRATIONS, '005_reader_feedback.sql'), join(dir, '005_reader_feedback.sql'));
    migrate(db, dir);
    expect(db.prepare(`SELECT reason FROM fact_reports`).pluck().all()).toEqual(['first']);
    expect(() => report.run('third')).toThrow(/UNIQUE/);
    db.close();
  });
});
