import type { SourceStore } from '../store';
import { createDocumentStore } from './document-store';
import { createSourceStore } from './source-store';
import { createSourceWriter } from './source-writer';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL source repository: the catalogue, stored texts and the source writer over one database. */
export function createPostgresSourceStore(db: SqlDatabase): SourceStore {
  return { ...createSourceStore(db), ...createSourceWriter(db), ...createDocumentStore(db) };
}
