import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCatalogueStore } from '../../db/sqlite/catalogue-store';
import { migrate } from '../../db/sqlite/migrate';

const FIRST_SCHEMA = readFileSync(new URL('../../db/migrations/001_initial.sql', import.meta.url), 'utf8');

function openFirstSchema(): Database.Database {
  const db = new Database(':memory:');
  db.exec(FIRST_SCHEMA);
  db.pragma('user_version = 1');
  return db;
}

const addSource = (db: Database.Database, title: string, author: string | null, publisher: string | null): void => {
  db.prepare(`INSERT INTO sources (title, author, publisher, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')`).run(title, author, publisher);
};

describe('the source catalogue index', () => {
  it('indexes the sources a database already holds when it is migrated', () => {
    const db = openFirstSchema();
    addSource(db, 'Border security in Khatlon', 'Nodira Rahimova', 'Example Institute');
    migrate(db);
    const store = createCatalogueStore(db);
    expect(store.match(['author'], { phrase: 'rahimova' }, 5).map((hit) => hit.title)).toEqual(['Border security in Khatlon']);
    expect(store.match(['publisher'], { phrase: 'example' }, 5)).toHaveLength(1);
    db.close();
  });

  it('stays in step with additions, edits and retractions, and counts each as a change', () => {
    const db = openFirstSchema();
    migrate(db);
    const store = createCatalogueStore(db);
    const before = store.namesVersion();
    addSource(db, 'Madrassas and militancy', 'Omar Farooq', null);
    db.prepare(`UPDATE sources SET author = 'Omar Farouq' WHERE title = 'Madrassas and militancy'`).run();
    expect(store.match(['author'], { phrase: 'farooq' }, 5)).toEqual([]);
    expect(store.match(['author'], { phrase: 'farouq' }, 5)).toHaveLength(1);
    db.prepare(`UPDATE sources SET status = 'retracted'`).run();
    expect(store.match(['title'], { phrase: 'madrassas' }, 5)).toEqual([]);
    expect(store.namesVersion()).toBe(before + 3);
    db.close();
  });
});
