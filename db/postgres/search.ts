import type { SearchStore } from '../store';
import { createCatalogueStore } from './catalogue-store';
import { createPassageSearch } from './passage-search';
import { createSearchStore } from './search-store';
import type { SqlDatabase } from './sql-client';

/** The PostgreSQL search repository: weighted tsvectors over facts, the source catalogue and document passages. */
export function createPostgresSearchStore(db: SqlDatabase): SearchStore {
  const facts = createSearchStore(db);
  const catalogue = createCatalogueStore(db);
  return {
    ...facts,
    matchSources: catalogue.match,
    sourcesPublishedBetween: catalogue.publishedBetween,
    catalogueNames: catalogue.listNames,
    catalogueVersion: catalogue.namesVersion,
    hasCatalogueTerm: catalogue.hasTerm,
    passages: createPassageSearch(db),
  };
}
