import type { Bundle } from '../../src/domain/bundle';
import type { Actor } from '../../src/domain/actor';
import { importBundle } from './bundle-writer';
import { storeDocumentText } from './document-writer';
import type { SqlDatabase } from './sql-client';

/** What a new base is filled with: a bundle, the texts of its sources, and who writes them. */
export interface PostgresSeed {
  bundle: Bundle;
  documents: readonly { sourceId: number; body: string }[];
  actor: Actor;
}

/** Fills a new, migrated base in one transaction, so a failed seed leaves it empty rather than half full. */
export function seedPostgres(db: SqlDatabase, seed: PostgresSeed): Promise<void> {
  return db.transaction(async (session) => {
    await importBundle(session, seed.bundle, seed.actor, 'seed data');
    for (const document of seed.documents) await storeDocumentText(session, document.sourceId, document.body, seed.actor.at);
  });
}
