import type { EntityStore } from '../store';
import { createAliasWriter } from './alias-writer';
import { createEntityStore } from './entity-store';
import type { SqlDatabase } from './sql-client';
import { createViewStore } from './view-store';

/** The PostgreSQL entity repository: the vocabulary, profiles and alias writes over one database. */
export function createPostgresEntityStore(db: SqlDatabase): EntityStore {
  return { ...createEntityStore(db), ...createViewStore(db), ...createAliasWriter(db) };
}
