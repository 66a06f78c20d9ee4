import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Bundle, parseBundle } from './bundle';

const SEED_DIR = fileURLToPath(new URL('../db/seed/', import.meta.url));

/** Reads and validates the seed fact base built from the source documents. */
export function loadSeedBundle(): Bundle {
  const read = (name: string): unknown => JSON.parse(readFileSync(SEED_DIR + name, 'utf8'));
  return parseBundle(
    { sources: read('sources.json'), entities: read('entities.json'), facts: read('facts.json') },
    'the seed data in db/seed',
  );
}
