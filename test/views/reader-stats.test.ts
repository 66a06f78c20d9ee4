import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import type { Reply } from '../../src/reply';
import { member, moderator } from '../helpers/core';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-reader-stats-'));
let today = new Date('2026-11-24T12:00:00Z');
const open = (recordGaps: boolean) => openCore({ databasePath: join(dir, `${recordGaps}.db`), logger: createSilentLogger(), now: () => today, recordGaps });
const itemsOf = (reply: Reply): string[] => reply.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
const cores = [await open(true), await open(false)];
afterAll(async () => {
  for (const core of cores) await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('brief stats for moderators', () => {
  it('counts questions asked and answered over the last seven days, open reports and open gaps', async () => {
    const [core] = cores;
    today = new Date('2026-11-10T12:00:00Z');
    await core!.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
    today = new Date('2026-11-24T12:00:00Z');
    await core!.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
    await core!.dispatch('brief ask', { question: 'Who funds the Zabul militia?' }, member);
    await core!.dispatch('fact report', { id: 'F3', reason: 'the date is wrong' }, member);
    const items = itemsOf(await core!.dispatch('brief stats', {}, moderator));
    expect(items).toEqual(
      expect.arrayContaining(['Questions this week: 2 asked, 1 answered.', 'Open reports: 1 (/review list --reason report).', 'Open gaps: 1 (/review gaps).']),
    );
  });

  it('counts questions whether or not gap recording is on, and says when it is off', async () => {
    const [, core] = cores;
    await core!.dispatch('brief ask', { question: 'Who funds the Zabul militia?' }, member);
    expect(itemsOf(await core!.dispatch('brief stats', {}, member))).toEqual(
      expect.arrayContaining(['Questions this week: 1 asked, 0 answered.', 'Open reports: 0.', 'Open gaps: 0 (gap recording is off).']),
    );
  });
});
