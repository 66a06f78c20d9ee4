import type { Database } from 'better-sqlite3';
import type { SearchStore } from '../store';
import { createCatalogueStore } from './catalogue-store';
import { createDocumentStore } from './document-store';
import { createSearchStore } from './search-store';
import type { Synchronous } from './resolved';

/** The SQLite search repository: FTS5 over facts, the source catalogue and document passages. */
export function createSqliteSearchStore(db: Database): Synchronous<SearchStore> {
  const facts = createSearchStore(db);
  const catalogue = createCatalogueStore(db);
  const documents = createDocumentStore(db);
  return {
    ...facts,
    matchSources: catalogue.match,
    sourcesPublishedBetween: catalogue.publishedBetween,
    catalogueNames: catalogue.listNames,
    catalogueVersion: catalogue.namesVersion,
    hasCatalogueTerm: catalogue.hasTerm,
    passages: documents.search,
  };
}
