import type { EntityStore } from '../store';
import { createAliasWriter } from './alias-writer';
import { createEntityStore } from './entity-store';
import type { SqlDatabase } from './sql-client';
import { createViewStore } from './view-store';

/** The PostgreSQL entity repository: the vocabulary, profiles and alias writes over one database. */
export function createPostgresEntityStore(db: SqlDatabase): EntityStore {
  const vocabulary = createEntityStore(db);
  const views = createViewStore(db);
  const aliases = createAliasWriter(db);
  return {
    listTerms: vocabulary.listTerms,
    vocabularyVersion: vocabulary.vocabularyVersion,
    mostCited: vocabulary.mostCited,
    card: views.entityCard,
    factOutlines: views.entityFacts,
    companions: views.companions,
    aliasOwner: aliases.ownerOf,
    addAlias: aliases.add,
    removeAlias: aliases.remove,
  };
}
