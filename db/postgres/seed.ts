import type { Bundle } from '../../src/domain/bundle';
import type { Actor } from '../../src/domain/actor';
import { importBundle } from './bundle-writer';
import { storeDocumentText } from './document-writer';
import type { SqlDatabase, SqlSession } from './sql-client';

/** What a new base is filled with: a bundle, the texts of its sources, and who writes them. */
export interface PostgresSeed {
  bundle: Bundle;
  documents: readonly { sourceId: number; body: string }[];
  actor: Actor;
}

async function writeSeed(session: SqlSession, seed: PostgresSeed): Promise<void> {
  await importBundle(session, seed.bundle, seed.actor, 'seed data');
  for (const document of seed.documents) await storeDocumentText(session, document.sourceId, document.body, seed.actor.at);
}

/** Fills a new, migrated base in one transaction, so a failed seed leaves it empty rather than half full. */
export function seedPostgres(db: SqlDatabase, seed: PostgresSeed): Promise<void> {
  return db.transaction((session) => writeSeed(session, seed));
}

/**
 * Seeds the base when nothing was ever written to it (no source, no audit entry: even an empty seed
 * leaves its import in the audit) and says whether it did. Processes starting together on a new
 * database take turns under a transaction-level advisory lock, so exactly one of them seeds.
 */
export function seedPostgresIfNew(db: SqlDatabase, seed: () => PostgresSeed): Promise<boolean> {
  return db.transaction(async (session) => {
    await session.query(`SELECT pg_advisory_xact_lock(hashtext('briefbot seed'), hashtext(current_schema()))`);
    const { rows } = await session.query<{ used: boolean }>(`SELECT EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM sources) AS used`);
    if (rows[0]!.used) return false;
    await writeSeed(session, seed());
    return true;
  });
}
