import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../db/sqlite/migrate';
import { openFactBase } from '../../src/fact-base';
import { UserError } from '../../src/user-error';
import { rowsOf } from '../helpers/sqlite-rows';

const tempFile = (name = 'briefbot.db'): string => join(mkdtempSync(join(tmpdir(), 'briefbot-db-')), name);
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('opening the database', () => {
  it('creates, migrates and seeds a new file with WAL, foreign keys and a busy timeout', async () => {
    const base = await openFactBase({ path: tempFile() });
    opened.push(base);
    expect(rowsOf(base).pragma('journal_mode', { simple: true })).toBe('wal');
    expect(rowsOf(base).pragma('foreign_keys', { simple: true })).toBe(1);
    expect(rowsOf(base).pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(rowsOf(base).pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect((await base.facts.getOne(33))?.statement).toContain('1,357');
  });

  it('leaves data alone on a later start', async () => {
    const path = tempFile();
    const first = await openFactBase({ path });
    rowsOf(first).prepare(`UPDATE facts SET statement = 'changed' WHERE id = 1`).run();
    await first.close();
    const second = await openFactBase({ path });
    opened.push(second);
    expect((await second.facts.getOne(1))?.statement).toBe('changed');
  });

  it('refuses a database written by a newer schema without changing it', async () => {
    const path = tempFile();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    await expect(openFactBase({ path })).rejects.toThrowError(/newer briefbot \(schema 999/);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('explains that a corrupt file is not a briefbot database', async () => {
    const path = tempFile();
    writeFileSync(path, 'this is not a database, just text that is long enough to be read as a header'.repeat(20));
    await expect(openFactBase({ path })).rejects.toThrow(UserError);
    await expect(openFactBase({ path })).rejects.toThrowError(/not a briefbot database or is damaged/);
  });

  it('opens :memory: for throwaway bases', async () => {
    const base = await openFactBase({ path: ':memory:' });
    opened.push(base);
    expect((await base.sources.list()).length).toBeGreaterThan(2);
  });
});

describe('the schema', () => {
  it('keeps the full-text index in step when an alias is added', async () => {
    const base = await openFactBase({ path: ':memory:' });
    opened.push(base);
    const count = (term: string): number => (rowsOf(base).prepare(`SELECT count(*) AS n FROM facts_fts WHERE facts_fts MATCH ?`).get(term) as { n: number }).n;
    expect(count('"zarqawiyya"')).toBe(0);
    const ttp = rowsOf(base).prepare(`SELECT entity_id FROM entity_aliases WHERE alias = 'TTP'`).get() as { entity_id: number };
    rowsOf(base).prepare(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('Zarqawiyya', ?)`).run(ttp.entity_id);
    expect(count('"zarqawiyya"')).toBeGreaterThan(3);
  });

  it('refuses to change or delete history and audit rows', async () => {
    const base = await openFactBase({ path: ':memory:' });
    opened.push(base);
    expect(() => rowsOf(base).prepare(`UPDATE fact_revisions SET reason = 'x'`).run()).toThrowError(/append-only/);
    expect(() => rowsOf(base).prepare(`DELETE FROM audit_log`).run()).toThrowError(/append-only/);
  });

  it('refuses an alias that is already another entity’s name', async () => {
    const base = await openFactBase({ path: ':memory:' });
    opened.push(base);
    expect(() => rowsOf(base).prepare(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('Pakistan', 1)`).run()).toThrowError(
      /already the name of another entity/,
    );
  });
});
