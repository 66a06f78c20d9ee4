import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Bundle, parseBundle } from './bundle';

const SEED_DIR = fileURLToPath(new URL('../db/seed/', import.meta.url));

/** Reads and validates the seed fact base built from the source documents. */
export function loadSeedBundle(): Bundle {
  const read = (name: string): unknown => JSON.parse(readFileSync(SEED_DIR + name, 'utf8'));
  return parseBundle({ sources: read('sources.json'), entities: read('entities.json'), facts: read('facts.json') }, 'the seed data in db/seed');
}

/** What a new database is filled with (`BRIEFBOT_SEED`). */
export type SeedChoice = 'documents' | 'none';

/** The bundle a new database gets: the seed data, or an empty base to import into. */
export function seedBundleFor(choice: SeedChoice): () => Bundle {
  return choice === 'none' ? () => ({ sources: [], entities: [], facts: [] }) : loadSeedBundle;
}
