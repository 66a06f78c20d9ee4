import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { type TestBase, historyBreaks, storesUnderTest } from '../helpers/bases-under-test';
import { runScript, startScript } from './child-script';

const WRITER = 'test/e2e/concurrent-writer.ts';
const writes = (base: TestBase, writer: string): Promise<number> => base.count(`SELECT count(*) AS n FROM audit_log WHERE user_id = 'cli:writer-${writer}'`);

describe.each(storesUnderTest())('a process killed with SIGKILL while it writes to a $name base', (store) => {
  let base: TestBase;
  beforeEach(async () => {
    base = await store.create();
  });
  afterEach(() => base.drop());

  it('leaves every fact with a complete history, no audit entry without its fact, and a base the next process writes to', async () => {
    await (await openCore({ ...base.location, logger: createSilentLogger() })).close();
    const writer = startScript(WRITER, ['killed', '1000000'], base.env);
    // Killed part way: some writes are done and, most likely, one is in its transaction.
    for (let waited = 0; (await writes(base, 'killed')) < 30; waited += 20) {
      if (waited > 60_000) throw new Error('the writer never wrote 30 times');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    writer.child.kill('SIGKILL');
    expect((await writer.ended).signal).toBe('SIGKILL');

    expect(await historyBreaks(base)).toEqual({ versionNotLastRevision: 0, revisionGaps: 0, auditWithoutFact: 0 });
    const added = await base.count(`SELECT count(*) AS n FROM facts WHERE created_by = 'cli:writer-killed'`);
    expect(await base.count(`SELECT count(*) AS n FROM audit_log WHERE user_id = 'cli:writer-killed' AND command = 'fact add'`)).toBe(added);

    const next = await runScript(WRITER, ['after', '6'], base.env);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toEqual({ refusals: [] });
    expect(await writes(base, 'after')).toBe(6);
    expect(await historyBreaks(base)).toEqual({ versionNotLastRevision: 0, revisionGaps: 0, auditWithoutFact: 0 });
  }, 120_000);
});
