import type { FactBase } from '../src/fact-base';
import { createCatalogue, createFacts, createWorld } from './synthetic';

const CHUNK = 25_000;

/**
 * Adds `size` synthetic facts (and their sources and entities) to an open fact base, in chunks so
 * each import stays one bounded transaction. The same world every time: the same base for a size.
 */
export async function fillSyntheticBase(base: FactBase, size: number) {
  const actor = { by: 'bench:synthetic', platform: 'bench', displayName: 'bench', at: new Date().toISOString() };
  const world = createWorld();
  const catalogue = createCatalogue(world, size);
  await base.bundles.importWithAudit({ ...catalogue, facts: [] }, actor, 'bench catalogue');
  for (let first = 0; first < size; first += CHUNK) {
    const facts = createFacts(world, 10_000 + first, Math.min(CHUNK, size - first), catalogue.sources.length);
    await base.bundles.importWithAudit({ sources: [], entities: [], facts }, actor, 'bench facts');
  }
  await base.health.optimize();
  return world;
}
