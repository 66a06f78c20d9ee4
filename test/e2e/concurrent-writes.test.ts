import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { type TestBase, historyBreaks, storesUnderTest } from '../helpers/bases-under-test';
import { runScript } from './child-script';

// The server's share is kept small so the suite's PostgreSQL run stays within about a minute.
const LOADS = { SQLite: { processes: 4, writesEach: 250 }, PostgreSQL: { processes: 2, writesEach: 100 } };

describe.each(storesUnderTest())('several processes writing to one $name base', (store) => {
  const { processes, writesEach } = LOADS[store.name];
  const adds = (processes * writesEach) / 2;
  let base: TestBase;
  beforeEach(async () => {
    base = await store.create();
  });
  afterEach(() => base.drop());

  // The processes' starts line up only now and then, so this catches a double seed on some runs, not all.
  it('creates and seeds a new base once when several processes open it at the same moment', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((writer) => runScript('test/e2e/concurrent-writer.ts', [writer, '0'], base.env)));
    expect(results.map((result) => [result.code, result.stderr])).toEqual(Array(3).fill([0, '']));
    expect(await base.count(`SELECT count(*) AS n FROM audit_log WHERE command = 'import'`)).toBe(1);
  }, 60_000);

  it(`keeps all ${processes} × ${writesEach} adds and edits of shared facts, with a contiguous history and no lock failures`, async () => {
    const core = await openCore({ ...base.location, logger: createSilentLogger() });
    try {
      const results = await Promise.all(
        Array.from({ length: processes }, (_, writer) => runScript('test/e2e/concurrent-writer.ts', [String(writer), String(writesEach)], base.env)),
      );
      for (const result of results) {
        expect(result.stderr).not.toMatch(/locked|SQLITE_BUSY|deadlock/);
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({ refusals: [] });
      }
      expect(await base.count(`SELECT count(*) AS n FROM facts WHERE created_by LIKE 'cli:writer-%'`)).toBe(adds);
      expect(await base.count(`SELECT count(DISTINCT statement) AS n FROM facts WHERE created_by LIKE 'cli:writer-%'`)).toBe(adds);
      expect(
        await base.count(`SELECT count(*) AS n FROM facts f WHERE f.created_by LIKE 'cli:writer-%'
               AND (SELECT count(*) FROM fact_revisions r WHERE r.fact_id = f.id AND r.version = 1 AND r.action = 'add') = 1
               AND (SELECT count(*) FROM fact_entities fe WHERE fe.fact_id = f.id) = 1`),
      ).toBe(adds);
      // Every edit is a version of its own: the shared facts moved on from their seeded version 1 once per edit.
      expect(await base.count(`SELECT sum(version - 1) AS n FROM facts WHERE updated_by LIKE 'cli:writer-%' AND created_by NOT LIKE 'cli:writer-%'`)).toBe(
        processes * writesEach - adds,
      );
      expect(await historyBreaks(base)).toEqual({ versionNotLastRevision: 0, revisionGaps: 0, auditWithoutFact: 0 });
      expect(await base.count(`SELECT count(*) AS n FROM audit_log WHERE user_id LIKE 'cli:writer-%' AND command = 'fact add'`)).toBe(adds);
      expect(await base.count(`SELECT count(*) AS n FROM audit_log WHERE user_id LIKE 'cli:writer-%' AND command = 'fact edit'`)).toBe(
        processes * writesEach - adds,
      );
      // The search index followed every write: each added fact and each edited shared fact holds the word.
      const edited = await base.count(`SELECT count(DISTINCT target) AS n FROM audit_log WHERE user_id LIKE 'cli:writer-%' AND command = 'fact edit'`);
      expect(await core.base.search.factsWithTerm('writer')).toBe(adds + edited);
    } finally {
      await core.close();
    }
  }, 120_000);
});
