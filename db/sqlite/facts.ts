import type { Database } from 'better-sqlite3';
import type { FactStore } from '../store';
import { createFactCompletions } from './fact-completion-store';
import { createFactViews } from './fact-views';
import { createFactWriter } from './fact-writer';
import { createRevisionReader } from './revision-log';
import { createViewStore } from './view-store';
import type { Synchronous } from './resolved';

/** The SQLite fact repository: fact views, history, completions and the fact writer over one connection. */
export function createSqliteFactStore(db: Database): Synchronous<FactStore> {
  const views = createFactViews(db);
  const writer = createFactWriter(db);
  const revisions = createRevisionReader(db);
  const completions = createFactCompletions(db);
  const outlines = createViewStore(db);
  return {
    getMany: views.getMany,
    getOne: views.getOne,
    getBySource: views.getBySource,
    idsCiting: outlines.sourceFactIds,
    current: writer.current,
    snapshotAt: writer.snapshotAt,
    history: revisions.listFor,
    countPending: writer.countPending,
    byIdPrefix: completions.byIdPrefix,
    byStatementWords: completions.byStatementWords,
    add: writer.add,
    addMany: writer.addMany,
    change: writer.change,
  };
}
