import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AutocompleteSource } from '../../adapters/discord/autocomplete';
import { type Core, openCore } from '../../src/core';
import { type FactBase, openFactBase } from '../../src/fact-base';
import { createSilentLogger } from '../../src/logger';
import { TODAY } from '../helpers/core';
import { loadSeedBundle } from '../../src/seed';

/** A fact whose text tries to ping everyone and a role. */
export const MENTION_FACT_ID = 'F900';
export const MENTION_ROLE = '<@&1500000000000000001>';

/**
 * Opens a real core on a fresh SQLite file: the seed data plus one fact with mentions in its text,
 * written through the store's own seeding rather than any command. `cleanup` removes the file.
 */
export function openTestCore(): Core & { cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const path = join(dir, 'briefbot.db');
  const seed = loadSeedBundle();
  const mentionFact = {
    id: MENTION_FACT_ID,
    statement: `@everyone ${MENTION_ROLE} **urgent**: the Tajik border is 1,357 km long`,
    quote: 'Tajikistan, which shares a 1,357-kilometer border',
    source: 'S1',
    period: { start: null, end: null },
    entities: ['Tajikistan'],
    status: 'active' as const,
  };
  openFactBase({ path, seed: () => ({ ...seed, facts: [...seed.facts, mentionFact] }), now: () => TODAY }).close();
  const core = openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY });
  return {
    ...core,
    cleanup: () => {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Candidate = { name: string; value: string; key: string };

function listCandidates(base: FactBase, kind: Parameters<AutocompleteSource>[0]): Candidate[] {
  if (kind === 'entity') {
    return base.entities.listTerms().map((term) => ({ name: term.term === term.entity ? term.entity : `${term.term} → ${term.entity}`, value: term.entity, key: term.term }));
  }
  if (kind === 'source') return base.sources.list().map((source) => ({ name: `${source.id} ${source.title}`, value: source.id, key: source.id }));
  return base.bundles.read().facts.map((fact) => ({ name: `${fact.id} ${fact.statement}`, value: fact.id, key: fact.id }));
}

/** A test-local completion source read from the fact base: exact matches, then prefixes, then the rest. */
export function createTestAutocomplete(base: FactBase): AutocompleteSource {
  return async (kind, typed) => {
    const needle = typed.trim().toLowerCase();
    const rank = (candidate: Candidate): number => {
      const key = candidate.key.toLowerCase();
      return key === needle ? 0 : key.startsWith(needle) ? 1 : candidate.name.toLowerCase().includes(needle) ? 2 : 3;
    };
    return listCandidates(base, kind)
      .map((candidate) => ({ candidate, rank: rank(candidate) }))
      .filter(({ rank: r }) => r < 3)
      .sort((a, b) => a.rank - b.rank)
      .map(({ candidate: { name, value } }) => ({ name, value }));
  };
}
