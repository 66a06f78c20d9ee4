import type { FactStore } from '../store';
import { createPostgresFactCompletions } from './fact-completion-store';
import { readFacts, readFactsCiting } from './fact-views';
import { countPendingBy, createPostgresFactWriter, readStoredFact } from './fact-writer';
import { readHistory, readSnapshot } from './revision-log';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL fact repository: fact views, history, completions and the fact writer over one pool. */
export function createPostgresFactStore(db: SqlDatabase): FactStore {
  const writer = createPostgresFactWriter(db);
  const completions = createPostgresFactCompletions(db);
  return {
    getMany: (ids) => readFacts(db, ids),
    getOne: async (id) => (await readFacts(db, [id]))[0],
    getBySource: (sourceRowId) => readFactsCiting(db, sourceRowId),
    idsCiting: async (sourceRowId) =>
      (await db.query<{ id: number }>(`SELECT id FROM facts WHERE source_id = $1 ORDER BY id`, [sourceRowId])).rows.map((row) => row.id),
    current: (id) => readStoredFact(db, id),
    snapshotAt: (id, version) => readSnapshot(db, id, version),
    history: (id) => readHistory(db, id),
    countPending: (by) => countPendingBy(db, by),
    byIdPrefix: completions.byIdPrefix,
    byStatementWords: completions.byStatementWords,
    add: writer.add,
    addMany: writer.addMany,
    change: writer.change,
  };
}
