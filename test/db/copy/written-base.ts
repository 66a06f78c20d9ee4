import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openCore } from '../../../app/core';
import { COPIED_TABLES } from '../../../db/copy/tables';
import { openDatabase } from '../../../db/sqlite/connection';
import { createSilentLogger } from '../../../src/logger';
import { TODAY, member, moderator } from '../../helpers/core';

/**
 * A seeded SQLite base file after the writes that make history and audit non-trivial: an edit, a
 * retraction, an alias, a pending suggestion proposing a source, a report and a question nobody
 * could answer. Written once; `copy()` gives a test its own file to change, `newPath()` a file name
 * not yet taken.
 */
export async function writeBase(): Promise<{ path: string; copy(): string; newPath(): string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-copy-'));
  const path = join(dir, 'original.db');
  const core = await openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY, recordGaps: true });
  const writes: [string, Record<string, unknown>, typeof moderator][] = [
    ['fact edit', { id: 'F2', period: '2024', reason: 'the source says 2024' }, moderator],
    ['fact retract', { id: 'F3', reason: 'superseded' }, moderator],
    ['alias add', { entity: 'Pakistan', alias: 'Islamic Republic' }, moderator],
    [
      'fact suggest',
      {
        statement: 'Vanj district reported a flood in May 2026.',
        quote: 'a flood',
        'source-title': 'Flood bulletin',
        'source-url': 'https://example.org/flood',
      },
      member,
    ],
    ['fact report', { id: 'F5', reason: 'the figure is out of date' }, member],
    ['brief ask', { question: 'How many drones flew over Khost in March 2026?' }, member],
  ];
  for (const [command, options, caller] of writes) {
    const reply = await core.dispatch(command, options, caller);
    if (reply.outcome !== 'ok') throw new Error(`${command} was not written: ${JSON.stringify(reply.blocks)}`);
  }
  await core.close();
  let files = 0;
  const newPath = (): string => join(dir, `base-${++files}.db`);
  return {
    path,
    copy: () => {
      const copied = newPath();
      copyFileSync(path, copied);
      return copied;
    },
    newPath,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Opens (creating and migrating, never seeding) a SQLite base file. */
export const openSqlite = (path: string): Database => openDatabase(path, { busyTimeoutMs: 1000 }).db;

// The search tables as the triggers fill them, next to the copied tables. A fact's entity terms are
// compared as a set: SQLite joins an entity's aliases in the order they were entered (the rowid),
// which PostgreSQL does not keep, so a copied base has them in key order.
const DERIVED_QUERIES = {
  facts_fts: 'SELECT rowid, statement, quote, entities FROM facts_fts ORDER BY rowid',
  facts_vocab: 'SELECT term, doc, cnt FROM facts_vocab ORDER BY term',
  sources_fts: 'SELECT rowid, title, author, publisher FROM sources_fts ORDER BY rowid',
  document_passages_fts: `SELECT rowid FROM document_passages_fts WHERE document_passages_fts MATCH 'border' ORDER BY rowid`,
  sqlite_sequence: 'SELECT name, seq FROM sqlite_sequence ORDER BY name',
};

const withSortedTerms = (row: unknown): unknown => {
  const { entities } = row as { entities?: string };
  return entities === undefined ? row : { ...(row as object), entities: entities.split(' ; ').sort() };
};

/** Every row of every copied table in key order, the search tables and the id positions of a SQLite base. */
export function sqliteBaseRows(db: Database): Record<string, unknown[]> {
  const copied = COPIED_TABLES.map((table) => [
    table.name,
    db.prepare(`SELECT ${table.columns.map((c) => `"${c}"`).join(', ')} FROM "${table.name}" ORDER BY ${table.key.join(', ')}`).all(),
  ]);
  const derived = Object.entries(DERIVED_QUERIES).map(([name, sql]) => [name, db.prepare(sql).all().map(withSortedTerms)]);
  return Object.fromEntries([...copied, ...derived]);
}
