import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createGapStore } from '../../db/sqlite/gap-store';
import { migrate } from '../../db/sqlite/migrate';
import { loadConfig } from '../../src/config';
import { openCore } from '../../app/core';
import { normaliseQuestion } from '../../src/feedback/normalise-question';
import { createSilentLogger } from '../../src/logger';
import type { Reply } from '../../src/reply';
import { TODAY, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-gaps-'));
const core = await openCore({ databasePath: join(dir, 'base.db'), logger: createSilentLogger(), now: () => TODAY, recordGaps: true });
afterAll(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

const UNANSWERED = 'How many drones flew over Khost in March 2026?';
const ask = (question: string) => core.dispatch('brief ask', { question }, member);
const gapLines = (reply: Reply): string[] => reply.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
const gapRows = () => rowsOf(core.base).prepare(`SELECT * FROM question_gaps`).all() as Record<string, unknown>[];

describe('normalising a question for the gap list', () => {
  it('lower-cases, collapses whitespace, strips punctuation at the ends and caps the length', async () => {
    expect(normaliseQuestion('  “How MANY   drones\tflew?”  ')).toBe('how many drones flew');
    expect(normaliseQuestion('?!…')).toBe('');
    expect(normaliseQuestion(`${'word '.repeat(100)}end`).length).toBeLessThanOrEqual(300);
  });
});

describe('the questions nobody could answer', () => {
  it('is parsed from BRIEFBOT_RECORD_GAPS, off by default, and refuses other values', async () => {
    expect(loadConfig({}).recordGaps).toBe(false);
    expect(loadConfig({ BRIEFBOT_RECORD_GAPS: 'on' }).recordGaps).toBe(true);
    expect(() => loadConfig({ BRIEFBOT_RECORD_GAPS: 'yes' })).toThrow(/BRIEFBOT_RECORD_GAPS must be on or off/);
  });

  it('keeps no gap when recording is off, but still counts the question for the day', async () => {
    const off = await openTestCore();
    try {
      await off.dispatch('brief ask', { question: UNANSWERED }, member);
      expect(rowsOf(off.base).prepare(`SELECT count(*) FROM question_gaps`).pluck().get()).toBe(0);
      expect(await off.base.gaps.askedSince('2026-11-24')).toEqual({ asked: 1, answered: 0 });
    } finally {
      off.cleanup();
    }
  });

  it('keeps an unanswered question once with a count and times, never who asked or from where', async () => {
    await ask(UNANSWERED);
    await ask('  how many drones flew over KHOST in march 2026 ');
    await ask('What is the length of the Tajik border?');
    const rows = gapRows();
    expect(rows).toEqual([
      {
        question: 'how many drones flew over khost in march 2026',
        times_asked: 2,
        first_asked: TODAY.toISOString(),
        last_asked: TODAY.toISOString(),
        answered_at: null,
        answered_by: null,
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/u1|discord|Member/);
  });

  it('lists the most asked open gaps for moderators only, paged', async () => {
    await ask('Who funds the Zabul militia?');
    const reply = await core.dispatch('review gaps', {}, moderator);
    expect(gapLines(reply)[0]).toMatch(/^“how many drones flew over khost in march 2026” · asked 2× · first 2026-11-24, last 2026-11-24$/);
    expect(gapLines(reply)[1]).toMatch(/^“who funds the zabul militia” · asked 1×/);
    expect(reply.page).toEqual({ index: 1, total: 1 });
    expect(noticesOf(await core.dispatch('review gaps', {}, member)).join(' ')).toContain('Only moderators');
    expect(noticesOf(await core.dispatch('review gaps', { page: 3 }, moderator)).join(' ')).toContain('Page 3 does not exist');
  });

  it('marks a gap answered when a new fact answers it, and shows it apart', async () => {
    const added = (
      await core.dispatch(
        'fact add',
        { statement: 'In March 2026, 50 drones flew over Khost.', quote: '50 drones flew over Khost', source: 'S3', entities: 'Khost', period: '2026-03' },
        moderator,
      )
    ).data as { id: string };
    const open = gapLines(await core.dispatch('review gaps', {}, moderator));
    expect(open).toHaveLength(1);
    expect(open[0]).toContain('who funds the zabul militia');
    const answered = gapLines(await core.dispatch('review gaps', { show: 'answered' }, moderator));
    expect(answered).toEqual([
      expect.stringMatching(new RegExp(`^“how many drones flew over khost in march 2026” · .* · answered by ${added.id} on 2026-11-24$`)),
    ]);
  });

  it('marks a gap answered when a retracted fact is restored', async () => {
    await core.dispatch('fact retract', { id: 'F33', reason: 'checking the figure' }, moderator);
    await ask('length of the Tajik border');
    expect(gapLines(await core.dispatch('review gaps', {}, moderator))).toContainEqual(expect.stringContaining('length of the tajik border'));
    await core.dispatch('fact restore', { id: 'F33' }, moderator);
    expect(gapLines(await core.dispatch('review gaps', { show: 'answered' }, moderator))).toContainEqual(
      expect.stringMatching(/^“length of the tajik border” · .* · answered by F33 on 2026-11-24$/),
    );
  });

  it('clears the list with an audit entry', async () => {
    const reply = await core.dispatch('review gaps', { show: 'clear' }, moderator);
    expect(noticesOf(reply)).toEqual(['Cleared 3 question(s) from the list of gaps.']);
    expect(gapRows()).toEqual([]);
    expect(rowsOf(core.base).prepare(`SELECT detail FROM audit_log WHERE command = 'review gaps clear'`).pluck().all()).toEqual(['{"removed":3}']);
  });
});

describe('counting while another process holds the write lock', () => {
  it('answers the question at once, without waiting out the busy timeout, and drops its count', async () => {
    const busyDir = mkdtempSync(join(tmpdir(), 'briefbot-gaps-busy-'));
    const path = join(busyDir, 'base.db');
    const busy = await openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY, recordGaps: true, busyTimeoutMs: 5000 });
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const reply = await busy.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
      const waitedMs = performance.now() - started;
      other.exec('ROLLBACK');
      expect(waitedMs).toBeLessThan(2500);
      expect(rowsOf(busy.base).pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(reply.blocks.some((block) => block.kind === 'fact' && block.fact.id === 'F33')).toBe(true);
      expect(await busy.base.gaps.askedSince('2026-11-01')).toEqual({ asked: 0, answered: 0 });
    } finally {
      await other.close();
      await busy.close();
      rmSync(busyDir, { recursive: true, force: true });
    }
  });
});

describe('the gap store', () => {
  it('keeps at most its bound, dropping the least recently asked', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const gaps = createGapStore(db, 3);
    for (const [day, question] of ['a', 'b', 'c', 'd'].entries()) gaps.record(question, `2026-11-0${day + 1}T00:00:00.000Z`);
    await gaps.record('b', '2026-11-09T00:00:00.000Z');
    await gaps.record('e', '2026-11-10T00:00:00.000Z');
    expect(db.prepare(`SELECT question FROM question_gaps ORDER BY question`).pluck().all()).toEqual(['b', 'd', 'e']);
    db.close();
  });
});
