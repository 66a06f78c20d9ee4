import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import type { Progress } from '../../src/domain/progress';
import { createSilentLogger } from '../../src/logger';
import { moderator, noticesOf } from '../helpers/core';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-import-progress-'));
const heard: Progress[] = [];
const core = await openCore({ databasePath: join(dir, 'base.db'), logger: createSilentLogger(), progress: (p) => heard.push(p) });
afterAll(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

function factsFile(name: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Khost saw ${i + 1} incidents in report ${name}-${i}.,${i + 1} incidents,S3,2025,2025,Khost`);
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, `statement,quote,source,period_start,period_end,entities\n${rows.join('\n')}\n`);
  return file;
}

describe('the progress of an import', () => {
  it('is reported for a large import: each kind of record as it starts, then every thousand facts and the last', async () => {
    heard.length = 0;
    const reply = await core.dispatch('brief import', { file: factsFile('large', 1_200) }, moderator);
    expect(noticesOf(reply).join(' ')).toMatch(/^Imported 1200 fact\(s\)/);
    expect(heard.filter((p) => p.step === 'facts')).toEqual([0, 1000, 1200].map((done) => ({ step: 'facts', done, total: 1200 })));
  });

  it('is not reported for a small one, over before a line would help', async () => {
    heard.length = 0;
    await core.dispatch('brief import', { file: factsFile('small', 10) }, moderator);
    expect(heard).toEqual([]);
  });
});
