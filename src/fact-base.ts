import { createBundleStore } from '../db/bundle-store';
import { createDocumentStore } from '../db/document-store';
import { readSeedDocuments } from './documents/seed-documents';
import { type Database, openDatabase } from '../db/connection';
import { createEntityStore } from '../db/entity-store';
import { createFactViews } from '../db/fact-views';
import { createFactWriter } from '../db/fact-writer';
import { createDailyAskCounts } from '../db/gap-daily-counts';
import { createGapStore } from '../db/gap-store';
import { createHealthStore } from '../db/health-store';
import { createAliasWriter } from '../db/alias-writer';
import { createRevisionReader } from '../db/revision-log';
import { createReportDismissal } from '../db/report-dismissal';
import { createReportWriter } from '../db/report-writer';
import { createReviewQueue } from '../db/review-queue';
import { createSourceWriter } from '../db/source-writer';
import { createSearchStore } from '../db/search-store';
import { createSourceStore } from '../db/source-store';
import { createStatsStore } from '../db/stats-store';
import { createViewStore } from '../db/view-store';
import type { Bundle } from './bundle';
import { defaultConfig } from './config';
import { loadSeedBundle } from './seed';

/** The open fact base: the database and the stores the core reads and writes it through. */
export interface FactBase {
  db: Database;
  factViews: ReturnType<typeof createFactViews>;
  facts: ReturnType<typeof createFactWriter>;
  revisions: ReturnType<typeof createRevisionReader>;
  reviewQueue: ReturnType<typeof createReviewQueue>;
  reports: ReturnType<typeof createReportWriter>;
  /** Reading reports and dismissing them without changing the fact. */
  reportDecisions: ReturnType<typeof createReportDismissal>;
  health: ReturnType<typeof createHealthStore>;
  sourceWriter: ReturnType<typeof createSourceWriter>;
  aliases: ReturnType<typeof createAliasWriter>;
  search: ReturnType<typeof createSearchStore>;
  entities: ReturnType<typeof createEntityStore>;
  sources: ReturnType<typeof createSourceStore>;
  /** Sources' stored texts and their passages. */
  documents: ReturnType<typeof createDocumentStore>;
  bundles: ReturnType<typeof createBundleStore>;
  /** What the analyst views read: fact outlines per entity, profiles, source detail. */
  views: ReturnType<typeof createViewStore>;
  stats: ReturnType<typeof createStatsStore>;
  /** Questions nobody could answer (kept only when BRIEFBOT_RECORD_GAPS=on). */
  gaps: ReturnType<typeof createGapStore>;
  /** Questions asked and answered per day, counts only. */
  askDays: ReturnType<typeof createDailyAskCounts>;
  /** A consistent copy of the database at `path` (SQLite's online backup). */
  backup(path: string): Promise<void>;
  close(): void;
}

export interface OpenFactBaseOptions {
  /** A file path or `:memory:`. */
  path: string;
  /** The base written into a new database; the seed data by default. */
  seed?: () => Bundle;
  now?: () => Date;
  /** How long a write waits for another process's lock (SQLite busy timeout); BRIEFBOT_BUSY_TIMEOUT_MS's default when absent. */
  busyTimeoutMs?: number;
}

/**
 * Opens the fact base, migrating it forward; a new database is seeded in one transaction so a
 * failed seed leaves an empty, migrated base rather than half the data.
 */
export function openFactBase(options: OpenFactBaseOptions): FactBase {
  const { db, isNew } = openDatabase(options.path, { busyTimeoutMs: options.busyTimeoutMs ?? defaultConfig().busyTimeoutMs });
  const base: FactBase = {
    db,
    factViews: createFactViews(db),
    facts: createFactWriter(db),
    revisions: createRevisionReader(db),
    reviewQueue: createReviewQueue(db),
    reports: createReportWriter(db),
    reportDecisions: createReportDismissal(db),
    health: createHealthStore(db),
    sourceWriter: createSourceWriter(db),
    aliases: createAliasWriter(db),
    search: createSearchStore(db),
    entities: createEntityStore(db),
    sources: createSourceStore(db),
    documents: createDocumentStore(db),
    bundles: createBundleStore(db),
    views: createViewStore(db),
    stats: createStatsStore(db),
    gaps: createGapStore(db),
    askDays: createDailyAskCounts(db),
    backup: async (path) => {
      await db.backup(path);
    },
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
    base.bundles.importWithAudit(bundle, actor, 'seed data');
    base.documents.storeTexts(readSeedDocuments(bundle), actor.at);
  }
  return base;
}
