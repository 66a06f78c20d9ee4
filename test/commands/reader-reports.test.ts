import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import type { Reply } from '../../src/reply';
import { moderator, noticesOf, openTestCore } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const core = await openTestCore();
afterAll(() => core.cleanup());

const reader: Caller = { platform: 'slack', userId: 'U7', displayName: 'Careful Reader', isModerator: false, workspaceId: 'T1' };
const other: Caller = { platform: 'discord', userId: 'D9', displayName: 'Other Reader', isModerator: false };
const count = (table: string): number => rowsOf(core.base).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const notice = (reply: Reply): string => noticesOf(reply).join(' ');
const report = (id: string, reason: string, caller: Caller = reader) => core.dispatch('fact report', { id, reason }, caller);
const queuedReports = async (): Promise<string> => {
  const reply = await core.dispatch('review list', { reason: 'report' }, moderator);
  return reply.blocks.map((block) => (block.kind === 'list' ? block.items.join('\n') : 'text' in block ? block.text : '')).join('\n');
};

describe('reporting a fact', () => {
  it('queues the report, tells the reporter privately, and refuses a second report by the same person', async () => {
    const first = await report('F33', 'the figure is 1,344 km');
    expect(first.visibility).toBe('private');
    expect(notice(first)).toContain('Thank you: F33 is in the moderators');
    const again = await report('F33', 'still wrong');
    expect(notice(again)).toContain('You have reported F33 already');
    expect(again).toMatchObject({ outcome: 'refused', error: { identifier: 'already-reported' } });
    expect(count('fact_reports')).toBe(1);
    expect(notice(await report('F33', 'wrong as well', other))).toContain('Thank you');
    expect(count('fact_reports')).toBe(2);
  });

  it('refuses an empty or over-long reason, an unknown id and a retracted fact, storing nothing', async () => {
    const before = count('fact_reports');
    expect(notice(await report('F34', '   '))).toMatch(/reason/);
    expect(notice(await report('F34', 'x'.repeat(501)))).toMatch(/at most 500/);
    expect(notice(await report('F999999', 'wrong'))).toContain('There is no fact F999999');
    await core.dispatch('fact retract', { id: 'F35', reason: 'outdated' }, moderator);
    const retracted = await report('F35', 'wrong');
    expect(notice(retracted)).toMatch(/F35 is retracted already.*\/fact restore.*Nothing was stored/);
    expect(count('fact_reports')).toBe(before);
  });

  it('limits reports per person with the write bucket', async () => {
    const limited = await openTestCore();
    try {
      const replies: Reply[] = [];
      for (let i = 1; i <= 11; i++) replies.push(await limited.dispatch('fact report', { id: `F${i}`, reason: 'wrong' }, other));
      expect(notice(replies.at(-1)!)).toMatch(/Too many changes in a minute/);
      expect(rowsOf(limited.base).prepare(`SELECT count(*) FROM fact_reports`).pluck().get()).toBe(10);
    } finally {
      await limited.cleanup();
    }
  });
});

describe('dismissing a report', () => {
  it('closes it with the reason, shows it in the fact history and audits it in one go', async () => {
    const listed = await queuedReports();
    const ids = [...listed.matchAll(/F33: reported as wrong \((R\d+)\)/g)].map((match) => match[1]!);
    expect(ids).toHaveLength(2);
    const reply = await core.dispatch('review dismiss', { id: ids[0], reason: 'the source does say 1,343 km' }, moderator);
    expect(notice(reply)).toContain(`Dismissed ${ids[0]} on F33`);
    expect((await queuedReports()).match(/F33: reported/g)).toHaveLength(1);
    const history = await core.dispatch('fact history', { id: 'F33' }, moderator);
    const lines = history.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(lines.at(-1)).toMatch(new RegExp(`${ids[0]} on v1 dismissed by Mod · .* · reported: the figure is 1,344 km · why: the source does say 1,343 km`));
    expect(rowsOf(core.base).prepare(`SELECT count(*) FROM audit_log WHERE command = 'review dismiss'`).pluck().get()).toBe(1);
  });

  it('refuses a closed report, an unknown id and a non-moderator, changing nothing', async () => {
    const closed = rowsOf(core.base).prepare(`SELECT id FROM fact_reports WHERE dismissed_at IS NOT NULL`).pluck().get() as number;
    expect(notice(await core.dispatch('review dismiss', { id: `R${closed}`, reason: 'again' }, moderator))).toContain(
      `R${closed} is closed already (dismissed)`,
    );
    expect(notice(await core.dispatch('review dismiss', { id: 'R4242', reason: 'x' }, moderator))).toContain('There is no report R4242');
    expect(notice(await core.dispatch('review dismiss', { id: 'F34', reason: 'x' }, moderator))).toContain('F34 has no open report');
    expect(notice(await core.dispatch('review dismiss', { id: 'F33', reason: 'x' }, reader))).toContain('Only moderators');
    expect(notice(await core.dispatch('review dismiss', { id: 'F33', reason: '' }, moderator))).toMatch(/reason/);
    expect(rowsOf(core.base).prepare(`SELECT count(*) FROM audit_log WHERE command = 'review dismiss'`).pluck().get()).toBe(1);
  });

  it('dismisses every open report on a fact by its fact id', async () => {
    expect(notice(await core.dispatch('review dismiss', { id: 'F33', reason: 'checked' }, moderator))).toMatch(/Dismissed R\d+ on F33/);
    expect(await queuedReports()).not.toContain('F33');
  });
});
