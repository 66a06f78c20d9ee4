import type { SourceStore } from '../store';
import { createDocumentStore } from './document-store';
import { createSourceStore } from './source-store';
import { createSourceWriter } from './source-writer';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL source repository: the catalogue, stored texts and the source writer over one database. */
export function createPostgresSourceStore(db: SqlDatabase): SourceStore {
  const catalogue = createSourceStore(db);
  const writer = createSourceWriter(db);
  const documents = createDocumentStore(db);
  return {
    list: catalogue.list,
    findAlike: catalogue.findAlike,
    get: catalogue.get,
    current: writer.current,
    add: writer.add,
    edit: writer.edit,
    setStatus: writer.setStatus,
    storeTexts: documents.storeTexts,
    textOf: documents.textOf,
    passagesOf: documents.passagesOf,
    quotesCiting: documents.quotesCiting,
  };
}
