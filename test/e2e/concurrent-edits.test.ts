import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core, openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import type { RevisionEntry } from '../../src/domain/fact';
import { moderator, noticesOf } from '../helpers/core';
import { type TestBase, storesUnderTest } from '../helpers/bases-under-test';
import { runScript } from './child-script';

const EDITS_EACH = 150;

describe.each(storesUnderTest())('two moderators editing one fact of a $name base at once', (store) => {
  let base: TestBase;
  let first: Core;
  let second: Core;
  beforeAll(async () => {
    base = await store.create();
    first = await openCore({ ...base.location, logger: createSilentLogger() });
    second = await openCore({ ...base.location, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await base?.drop();
  });

  it('refuses an edit or status change based on a version another connection has moved past', async () => {
    const seen = (await first.base.facts.current(33))!.version;
    await second.dispatch('fact edit', { id: 'F33', quote: 'Tajikistan, which shares a 1,357-kilometer border', reason: 'quote check' }, moderator);
    const stale = await first.dispatch('fact edit', { id: 'F33', statement: 'A stale statement.', reason: 'typo', 'expect-version': seen }, moderator);
    expect(noticesOf(stale).join(' ')).toMatch(`F33 changed meanwhile (now version ${seen + 1}); nothing was changed`);
    const retract = await first.dispatch('fact retract', { id: 'F33', reason: 'disputed', 'expect-version': seen }, moderator);
    expect(noticesOf(retract).join(' ')).toMatch(/F33 changed meanwhile/);
    expect(await second.base.facts.current(33)).toMatchObject({
      version: seen + 1,
      status: 'active',
      content: { statement: expect.not.stringContaining('stale') },
    });
    const fresh = await first.dispatch('fact edit', { id: 'F33', period: '2026', reason: 'date', 'expect-version': seen + 1 }, moderator);
    expect(noticesOf(fresh).join(' ')).toMatch(`F33 is now at version ${seen + 2}`);
  });

  it('loses no change when two processes edit different fields of one fact', async () => {
    const start = (await first.base.facts.current(33))!.version;
    const startAt = Date.now() + 3000;
    const edit = (field: string) => runScript('test/e2e/concurrent-editor.ts', [field, String(EDITS_EACH), String(startAt)], base.env);
    const results = await Promise.all([edit('statement'), edit('period')]);
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ refusals: [] });
    }
    const history: RevisionEntry[] = (await first.base.facts.history(33)).filter((entry) => entry.version > start);
    expect(history).toHaveLength(2 * EDITS_EACH);
    // Each version changes only the field its editor edits; a write from a stale copy would also undo the other's field.
    const before = (await first.base.facts.snapshotAt(33, start))!;
    history.forEach((entry, index) => {
      const previous = index === 0 ? before : history[index - 1]!.snapshot;
      const touched = entry.changedBy === 'cli:editor-statement' ? ['statement'] : ['periodStart', 'periodEnd'];
      const changed = (['statement', 'quote', 'periodStart', 'periodEnd', 'sourceId'] as const).filter((field) => previous[field] !== entry.snapshot[field]);
      expect(changed.filter((field) => !touched.includes(field))).toEqual([]);
    });
  }, 120_000);
});
