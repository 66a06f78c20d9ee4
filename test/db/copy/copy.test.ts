import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyPostgresToSqlite, copySqliteToPostgres } from '../../../db/copy/index';
import { COPIED_TABLES } from '../../../db/copy/tables';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { TargetNotEmptyError } from '../../../src/domain/errors';
import type { Progress } from '../../../src/domain/progress';
import { postgresTargets, useFreshDatabase } from '../postgres/fresh-database';
import { openSqlite, sqliteBaseRows, writeBase } from './written-base';

let base: Awaited<ReturnType<typeof writeBase>>;
beforeAll(async () => {
  base = await writeBase();
}, 60_000);
afterAll(() => base?.cleanup());

/** Opens a SQLite file for the length of `work`. */
async function withSqlite<T>(path: string, work: (db: Database) => Promise<T> | T): Promise<T> {
  const db = openSqlite(path);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function postgresCounts(db: SqlDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COPIED_TABLES) counts[table.name] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table.name}"`)).rows[0]!.n);
  return counts;
}

const EMPTY = Object.fromEntries(COPIED_TABLES.map((table) => [table.name, table.counter ? 1 : 0]));
const failAt = (step: string) => (progress: Progress) => {
  if (progress.step === step && progress.done > 0) throw new Error(`stopped during ${step}`);
};

describe.each(postgresTargets())('copying a base through $name', (target) => {
  const current = useFreshDatabase(target);

  it('gives back every row, the search tables and the id positions of the original, in batches', async () => {
    const original = await withSqlite(base.path, sqliteBaseRows);
    for (const table of ['facts', 'fact_revisions', 'audit_log', 'fact_reports', 'question_gaps', 'ask_days', 'document_passages'])
      expect(original[table]!.length, table).toBeGreaterThan(0);
    const seen: Progress[] = [];
    await withSqlite(base.path, (db) => copySqliteToPostgres(db, current().db, { batchRows: 7, onProgress: (p) => seen.push(p) }));
    const copied = await withSqlite(base.newPath(), async (db) => {
      await copyPostgresToSqlite(current().db, db, { batchRows: 7 });
      return sqliteBaseRows(db);
    });
    for (const table of Object.keys(original)) expect({ table, rows: copied[table] }).toEqual({ table, rows: original[table] });
    const facts = seen.filter((p) => p.step === 'facts');
    expect(facts.map((p) => p.done)).toEqual([0, ...Array.from({ length: Math.ceil(facts[0]!.total / 7) }, (_, i) => Math.min((i + 1) * 7, facts[0]!.total))]);
  });

  it('fills PostgreSQL search index and word counts from the copied rows, and hands out the next ids SQLite would, history still append-only', async () => {
    // Terms of five letters or more: below that PostgreSQL's Porter stems words FTS5 leaves alone.
    const longTerms = (table: string, pattern: string) => `SELECT term, doc FROM ${table} WHERE length(term) >= 5 AND term ${pattern} ORDER BY term`;
    const sqlite = await withSqlite(base.path, async (db) => {
      await copySqliteToPostgres(db, current().db);
      const sequences = db.prepare(`SELECT name, seq FROM sqlite_sequence`).all() as { name: string; seq: number }[];
      return {
        indexed: db.prepare(`SELECT rowid AS fact_id FROM facts_fts ORDER BY rowid`).all(),
        facts_vocab: db.prepare(longTerms('facts_vocab', "GLOB '[a-z]*'")).all(),
        sources_vocab: db.prepare(longTerms('sources_vocab', "GLOB '[a-z]*'")).all(),
        nextId: (table: string) => sequences.find((s) => s.name === table)!.seq + 1,
      };
    });
    const pg = current().db;
    expect((await pg.query(`SELECT fact_id FROM facts_fts ORDER BY fact_id`)).rows).toEqual(sqlite.indexed);
    // Built for all facts at once, each fact's entity text is the one the triggers give a single fact.
    const entityTexts = await pg.query<{ named: number; differ: number }>(
      `SELECT count(*) FILTER (WHERE entities <> '')::integer AS named,
              count(*) FILTER (WHERE entities IS DISTINCT FROM fact_entity_terms(fact_id))::integer AS differ FROM facts_fts`,
    );
    expect(entityTexts.rows[0]!.named).toBeGreaterThan(0);
    expect(entityTexts.rows[0]!.differ).toBe(0);
    // The index, built again after the rows went in, is the one the migrations define, and it is used.
    const index = await pg.query(`SELECT reloptions FROM pg_class WHERE oid = 'facts_fts_document'::regclass`);
    expect(index.rows).toEqual([{ reloptions: ['fastupdate=off'] }]);
    const found = await pg.query(`SELECT count(*)::integer AS n FROM facts_fts WHERE document @@ to_tsquery('briefbot', 'tajikistan')`);
    expect(found.rows[0]).toEqual({ n: (await pg.query<{ n: number }>(`SELECT doc AS n FROM facts_vocab WHERE term = 'tajikistan'`)).rows[0]!.n });
    for (const table of ['facts_vocab', 'sources_vocab'] as const) {
      const { rows } = await pg.query(`${longTerms(table, "~ '^[a-z]'")} COLLATE "C"`);
      expect({ table, rows }).toEqual({ table, rows: sqlite[table] });
    }
    const next = await pg.query<{ id: number }>(`INSERT INTO sources (title, created_at, updated_at) VALUES ('Zyxwvut', now(), now()) RETURNING id`);
    expect(next.rows[0]!.id).toBe(sqlite.nextId('sources'));
    // The search triggers, off while the copy filled the tables, count the new title's word.
    expect((await pg.query(`SELECT doc FROM sources_vocab WHERE term = 'zyxwvut'`)).rows).toEqual([{ doc: 1 }]);
    const audit = await pg.query<{ id: number }>(
      `INSERT INTO audit_log (at, platform, user_id, display_name, command) VALUES (now(), 'cli', 'op', 'Op', 'test') RETURNING id`,
    );
    expect(audit.rows[0]!.id).toBe(sqlite.nextId('audit_log'));
    await expect(pg.query(`UPDATE fact_revisions SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
  });

  it('refuses a PostgreSQL target that holds a source, and changes nothing there', async () => {
    const pg = current().db;
    await pg.query(`INSERT INTO sources (title, created_at, updated_at) VALUES ('Already here', now(), now())`);
    const before = await postgresCounts(pg);
    const refusal = withSqlite(base.path, (db) => copySqliteToPostgres(db, pg));
    await expect(refusal).rejects.toBeInstanceOf(TargetNotEmptyError);
    await expect(refusal).rejects.toMatchObject({ rows: { sources: 1 } });
    expect(await postgresCounts(pg)).toEqual(before);
  });

  it('refuses a SQLite target that holds a base, and changes nothing there', async () => {
    await withSqlite(base.path, (db) => copySqliteToPostgres(db, current().db));
    const occupied = base.copy();
    const before = await withSqlite(occupied, sqliteBaseRows);
    await expect(withSqlite(occupied, (db) => copyPostgresToSqlite(current().db, db))).rejects.toBeInstanceOf(TargetNotEmptyError);
    expect(await withSqlite(occupied, sqliteBaseRows)).toEqual(before);
  });

  it('leaves the PostgreSQL target empty when the copy stops midway', async () => {
    const pg = current().db;
    await expect(withSqlite(base.path, (db) => copySqliteToPostgres(db, pg, { batchRows: 5, onProgress: failAt('fact_revisions') }))).rejects.toThrow(
      /stopped during fact_revisions/,
    );
    expect(await postgresCounts(pg)).toEqual(EMPTY);
    // A planted row PostgreSQL's rules refuse (a period that is no date) fails the copy as well.
    const planted = base.copy();
    await withSqlite(planted, (db) => db.prepare(`UPDATE facts SET period_start = 'soon' WHERE id = (SELECT max(id) FROM facts)`).run());
    await expect(withSqlite(planted, (db) => copySqliteToPostgres(db, pg))).rejects.toThrow(/period_start/);
    expect(await postgresCounts(pg)).toEqual(EMPTY);
    await withSqlite(base.path, (db) => copySqliteToPostgres(db, pg));
    expect((await postgresCounts(pg)).facts).toBeGreaterThan(0);
  });

  it('leaves the SQLite target empty when the copy stops midway', async () => {
    await withSqlite(base.path, (db) => copySqliteToPostgres(db, current().db));
    const fresh = base.newPath();
    const before = await withSqlite(fresh, sqliteBaseRows);
    await expect(withSqlite(fresh, (db) => copyPostgresToSqlite(current().db, db, { onProgress: failAt('audit_log') }))).rejects.toThrow(
      /stopped during audit_log/,
    );
    expect(await withSqlite(fresh, sqliteBaseRows)).toEqual(before);
  });
});
