import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const extensions = { pg_trgm, unaccent };

// The extensions live in `public`, which every test schema's search_path ends in: created inside a
// test schema they would be dropped with it, taking other schemas' trigram indexes along.
export const EXTENSIONS_SQL = `CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;`;

const PGLITE_VERSION = (
  JSON.parse(readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const snapshotFile = join(tmpdir(), `briefbot-pglite-${PGLITE_VERSION}-${createHash('sha256').update(EXTENSIONS_SQL).digest('hex').slice(0, 12)}.tar`);

async function startFromScratch(): Promise<PGlite> {
  const pglite = await PGlite.create({ extensions });
  await pglite.exec(EXTENSIONS_SQL);
  // Written aside and renamed, so a test file starting at the same time never reads half a file.
  const snapshot = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
  const partial = `${snapshotFile}.${process.pid}`;
  writeFileSync(partial, snapshot);
  renameSync(partial, snapshotFile);
  return pglite;
}

/**
 * An embedded PostgreSQL with the extensions the schema needs. Starting one runs initdb (seconds
 * of CPU); the data directory it leaves is kept in the temporary folder, per PGlite version, and
 * later starts load it instead, which takes a fraction of that.
 */
export async function startPglite(): Promise<PGlite> {
  if (!existsSync(snapshotFile)) return startFromScratch();
  try {
    return await PGlite.create({ extensions, loadDataDir: new Blob([readFileSync(snapshotFile)]) });
  } catch {
    return startFromScratch();
  }
}
