import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { member, moderator, noticesOf } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const ROOT = new URL('../..', import.meta.url).pathname;
const path = join(mkdtempSync(join(tmpdir(), 'briefbot-faults-')), 'base.db');
const core = await openCore({ databasePath: path, logger: createSilentLogger(), busyTimeoutMs: 200 });
afterAll(() => core.close());

const NEW_FACT = { statement: 'A checkpoint near Khost was attacked in 2026.', quote: 'checkpoint', source: 'S3', entities: 'Khost' };

/** Another OS process that holds the write lock for `ms`; resolves once it holds it. */
function holdWriteLock(ms: number): Promise<{ done: Promise<void> }> {
  const script = `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.exec('BEGIN EXCLUSIVE');console.log('locked');setTimeout(()=>{db.exec('COMMIT');db.close();},${ms});`;
  const child = spawn(process.execPath, ['-e', script, path], { cwd: ROOT });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('when the database is locked by another process beyond the busy timeout', () => {
  it('answers that the fact base is busy, writes nothing, keeps answering questions, and writes once the lock is gone', async () => {
    const before = await core.base.bundles.nextFactId();
    const { done } = await holdWriteLock(1500);
    const refused = await core.dispatch('fact add', NEW_FACT, moderator);
    expect(refused).toMatchObject({ outcome: 'failed', error: { identifier: 'store-busy' } });
    expect(noticesOf(refused)).toEqual(['The fact base is busy with another change; nothing was changed. Try again in a few seconds.']);
    const asked = await core.dispatch('brief ask', { question: 'Darvoz attack' }, member);
    expect(noticesOf(asked)).toEqual([]);
    await done;
    expect(await core.base.bundles.nextFactId()).toBe(before);
    const added = await core.dispatch('fact add', NEW_FACT, moderator);
    expect(noticesOf(added).join(' ')).toMatch(/Added F/);
  });
});

describe('when the disk is full', () => {
  it('says the disk is full and nothing was changed, with no reference, and writes once there is room', async () => {
    const before = await core.base.bundles.nextFactId();
    const pages = rowsOf(core.base).pragma('page_count', { simple: true }) as number;
    rowsOf(core.base).pragma(`max_page_count = ${pages}`);
    try {
      const statement = `A bulky claim about Khost: ${'details '.repeat(400)}`.slice(0, 1000);
      let text = '';
      for (let attempt = 0; attempt < 20 && !/disk is full/.test(text); attempt++) {
        text = noticesOf(
          await core.dispatch(
            'fact add',
            { ...NEW_FACT, statement: `${attempt} ${statement}`.slice(0, 1000), quote: `${attempt} ${'quote '.repeat(300)}`.slice(0, 2000) },
            moderator,
          ),
        ).join(' ');
      }
      expect(text).toMatch(/The database disk is full; nothing was changed/);
      expect(text).not.toMatch(/ref [0-9a-f]{6}/);
    } finally {
      rowsOf(core.base).pragma('max_page_count = 1073741823');
    }
    const added = noticesOf(await core.dispatch('fact add', { ...NEW_FACT, statement: 'Room again for a claim about Khost.' }, moderator)).join(' ');
    expect(added).toMatch(/Added F/);
    expect(await core.base.bundles.nextFactId()).toBeGreaterThan(before);
  });
});

describe('when the database becomes read-only', () => {
  it('refuses writes with a clear message and still answers questions', async () => {
    // As root a chmod does not stop writes, so the connection is made read-only the way SQLite
    // reports a read-only file: with SQLITE_READONLY on the first write.
    rowsOf(core.base).pragma('query_only = ON');
    try {
      const refused = await core.dispatch('fact add', { ...NEW_FACT, statement: 'Another claim about Khost in 2026.' }, moderator);
      expect(noticesOf(refused).join(' ')).toMatch(/read-only at the moment, so changes are refused; questions still work/);
      const asked = await core.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
      expect(asked.blocks.some((block) => block.kind === 'fact')).toBe(true);
    } finally {
      rowsOf(core.base).pragma('query_only = OFF');
    }
  });
});
