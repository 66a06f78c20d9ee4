import type { Database } from 'better-sqlite3';
import type { EntityStore } from '../store';
import { createAliasWriter } from './alias-writer';
import { createEntityStore } from './entity-store';
import { createViewStore } from './view-store';
import type { Synchronous } from './resolved';

/** The SQLite entity repository: the vocabulary, profiles and alias writes over one connection. */
export function createSqliteEntityStore(db: Database): Synchronous<EntityStore> {
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
