import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { latestSchemaVersion } from '../../db/migrate';
import { defaultConfig } from '../../src/config';
import { openFactBase } from '../../src/fact-base';
import { UserError } from '../../src/user-error';

const tempFile = (name = 'briefbot.db'): string => join(mkdtempSync(join(tmpdir(), 'briefbot-db-')), name);
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('opening the database', () => {
  it('creates, migrates and seeds a new file with WAL, foreign keys and a busy timeout', () => {
    const base = openFactBase({ path: tempFile() });
    opened.push(base);
    expect(base.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(base.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(base.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(base.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(base.factViews.getOne(33)?.statement).toContain('1,357');
  });

  it('leaves data alone on a later start', () => {
    const path = tempFile();
    const first = openFactBase({ path });
    first.db.prepare(`UPDATE facts SET statement = 'changed' WHERE id = 1`).run();
    first.close();
    const second = openFactBase({ path });
    opened.push(second);
    expect(second.factViews.getOne(1)?.statement).toBe('changed');
  });

  it('refuses a database written by a newer schema without changing it', () => {
    const path = tempFile();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(path, { busyTimeoutMs: defaultConfig().busyTimeoutMs })).toThrowError(/newer briefbot \(schema 999/);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('explains that a corrupt file is not a briefbot database', () => {
    const path = tempFile();
    writeFileSync(path, 'this is not a database, just text that is long enough to be read as a header'.repeat(20));
    const attempt = (): unknown => openDatabase(path, { busyTimeoutMs: defaultConfig().busyTimeoutMs });
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrowError(/not a briefbot database or is damaged/);
  });

  it('opens :memory: for throwaway bases', () => {
    const base = openFactBase({ path: ':memory:' });
    opened.push(base);
    expect(base.sources.list().length).toBeGreaterThan(2);
  });
});

describe('the schema', () => {
  it('keeps the full-text index in step when an alias is added', () => {
    const base = openFactBase({ path: ':memory:' });
    opened.push(base);
    const count = (term: string): number =>
      (base.db.prepare(`SELECT count(*) AS n FROM facts_fts WHERE facts_fts MATCH ?`).get(term) as { n: number }).n;
    expect(count('"zarqawiyya"')).toBe(0);
    const ttp = base.db.prepare(`SELECT entity_id FROM entity_aliases WHERE alias = 'TTP'`).get() as { entity_id: number };
    base.db.prepare(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('Zarqawiyya', ?)`).run(ttp.entity_id);
    expect(count('"zarqawiyya"')).toBeGreaterThan(3);
  });

  it('refuses to change or delete history and audit rows', () => {
    const base = openFactBase({ path: ':memory:' });
    opened.push(base);
    expect(() => base.db.prepare(`UPDATE fact_revisions SET reason = 'x'`).run()).toThrowError(/append-only/);
    expect(() => base.db.prepare(`DELETE FROM audit_log`).run()).toThrowError(/append-only/);
  });

  it('refuses an alias that is already another entity’s name', () => {
    const base = openFactBase({ path: ':memory:' });
    opened.push(base);
    expect(() => base.db.prepare(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('Pakistan', 1)`).run()).toThrowError(
      /already the name of another entity/,
    );
  });
});
