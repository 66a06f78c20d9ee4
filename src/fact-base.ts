import { createAuditLog } from '../db/audit-log';
import { createBundleStore } from '../db/bundle-store';
import { type Database, openDatabase } from '../db/connection';
import { createEntityStore } from '../db/entity-store';
import { createFactViews } from '../db/fact-views';
import { createFactWriter } from '../db/fact-writer';
import { createSearchStore } from '../db/search-store';
import { createSourceStore } from '../db/source-store';
import type { Bundle } from './bundle';
import { loadSeedBundle } from './seed';

/** The open fact base: the database and the stores the core reads and writes it through. */
export interface FactBase {
  db: Database;
  factViews: ReturnType<typeof createFactViews>;
  facts: ReturnType<typeof createFactWriter>;
  search: ReturnType<typeof createSearchStore>;
  entities: ReturnType<typeof createEntityStore>;
  sources: ReturnType<typeof createSourceStore>;
  bundles: ReturnType<typeof createBundleStore>;
  audit: ReturnType<typeof createAuditLog>;
  close(): void;
}

export interface OpenFactBaseOptions {
  /** A file path or `:memory:`. */
  path: string;
  /** The base written into a new database; the seed data by default. */
  seed?: () => Bundle;
  now?: () => Date;
}

/**
 * Opens the fact base, migrating it forward; a new database is seeded in one transaction so a
 * failed seed leaves an empty, migrated base rather than half the data.
 */
export function openFactBase(options: OpenFactBaseOptions): FactBase {
  const { db, isNew } = openDatabase(options.path);
  const base: FactBase = {
    db,
    factViews: createFactViews(db),
    facts: createFactWriter(db),
    search: createSearchStore(db),
    entities: createEntityStore(db),
    sources: createSourceStore(db),
    bundles: createBundleStore(db),
    audit: createAuditLog(db),
    close: () => db.close(),
  };
  if (isNew) {
    const bundle = (options.seed ?? loadSeedBundle)();
    const actor = {
      by: 'seed:briefbot',
      platform: 'seed',
      displayName: 'seed data',
      at: (options.now?.() ?? new Date()).toISOString(),
    };
    db.transaction(() => {
      base.bundles.insert(bundle, actor);
      base.audit.append(actor, 'seed', null, { sources: bundle.sources.length, facts: bundle.facts.length });
    })();
  }
  return base;
}
