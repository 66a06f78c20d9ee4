import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPostgresStores } from '../../../db/postgres';
import type { FactBase } from '../../../src/fact-base';
import { evaluate, parseQuestions } from '../../../src/search/evaluate';
import { createSearcher } from '../../../src/search/searcher';
import { TODAY } from '../../helpers/core';
import { postgresTargets } from './fresh-database';
import { EVAL_DIR, PARITY_SETS } from './parity-sets';
import { useSeededPair } from './seeded-schema';

// Each set is asked in full on both stores: tens of seconds on a busy machine.
const SET_TIMEOUT_MS = 300_000;

// The held-out halves on both stores take most of a minute per PostgreSQL target; the engine is the
// same on PGlite and on a server, so it runs on the server when one is configured and on PGlite
// otherwise.
describe.each(postgresTargets().slice(-1))('the evaluation on $name', (target) => {
  const pair = useSeededPair(target);
  const onPostgres = (): FactBase => ({ ...createPostgresStores(pair().postgres.db), close: async () => undefined });

  it('finds the eval sets to run', () => {
    expect(PARITY_SETS.length).toBeGreaterThan(3);
  });

  it.each(PARITY_SETS)(
    'reports %s as on SQLite, every figure and every miss',
    async (file) => {
      const questions = parseQuestions(readFileSync(new URL(file, EVAL_DIR), 'utf8'));
      const { sqlite } = pair();
      const postgres = onPostgres();
      const expected = await evaluate(
        sqlite,
        createSearcher(sqlite, () => TODAY),
        questions,
      );
      const actual = await evaluate(
        postgres,
        createSearcher(postgres, () => TODAY),
        questions,
      );
      expect(actual.misses).toEqual(expected.misses);
      expect(actual).toEqual(expected);
      expect(expected.top1).toBeGreaterThan(0);
    },
    SET_TIMEOUT_MS,
  );
});
