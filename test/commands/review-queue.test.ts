import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import type { Reply } from '../../src/reply';
import { TODAY, factIdsOf, moderator, noticesOf } from '../helpers/core';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-queue-'));
const core = await openCore({
  databasePath: join(dir, 'base.db'),
  logger: createSilentLogger(),
  now: () => TODAY,
  rateLimits: { queriesPerMinute: 100, writesPerMinute: 100, moderatorWritesPerMinute: 100, autocompletesPerMinute: 100 },
});
afterAll(async () => {
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

const spammer: Caller = { platform: 'discord', userId: 'spam', displayName: 'Spammer', isModerator: false, workspaceId: 'G5', channelId: 'C1' };
const reader: Caller = { platform: 'slack', userId: 'U7', displayName: 'Careful Reader', isModerator: false, workspaceId: 'T1' };
const textOf = (reply: Reply): string => reply.blocks.map((block) => ('text' in block ? block.text : '')).join('\n');
const list = (options: Record<string, unknown> = {}) => core.dispatch('review list', options, moderator);

describe('the review queue', () => {
  it('pages, so 20 spam suggestions do not hide a real one, and says who queued each item, when and why', async () => {
    for (let i = 0; i < 20; i++) {
      await core.dispatch('fact suggest', { statement: `Spam number ${i} about Khost.`, quote: 'spam', source: 'S3', entities: 'Khost' }, spammer);
    }
    const real = (
      await core.dispatch('fact suggest', { statement: 'A real claim about Paktika in 2026.', quote: 'real', source: 'S3', entities: 'Paktika' }, reader)
    ).data as { id: string };
    const first = await list();
    expect(first.page).toEqual({ index: 1, total: 3 });
    expect(textOf(first)).toMatch(/21 item\(s\) wait for review; page 1 of 3/);
    expect(textOf(first)).toMatch(/F\d+: suggested · by Spammer \(discord:spam\) on discord G5 · 2026-11-24 12:00/);
    const last = await list({ page: 3 });
    expect(factIdsOf(last)).toEqual([real.id]);
    expect(textOf(last)).toContain(`${real.id}: suggested · by Careful Reader (slack:U7) on slack T1`);
  });

  it('holds reported facts and facts whose source was retracted, and filters by reason', async () => {
    await core.dispatch('fact report', { id: 'F33', reason: 'the figure is 1,344 km' }, reader);
    const reported = await list({ reason: 'report' });
    expect(factIdsOf(reported)).toEqual(['F33']);
    expect(textOf(reported)).toMatch(/F33: reported as wrong \(R\d+\) · by Careful Reader \(slack:U7\) on slack T1 · .* · why: the figure is 1,344 km/);
    const source = (await core.dispatch('source add', { title: 'Shaky blog', url: 'https://example.org/shaky' }, moderator)).data as { id: string };
    const fact = (
      await core.dispatch(
        'fact add',
        { statement: 'A blog says 50 drones flew over Khost.', quote: '50 drones', source: source.id, entities: 'Khost' },
        moderator,
      )
    ).data as { id: string };
    await core.dispatch('source retract', { id: source.id, reason: 'made up' }, moderator);
    const retracted = await list({ reason: 'retracted-source' });
    expect(factIdsOf(retracted)).toEqual([fact.id]);
    expect(textOf(retracted)).toMatch(new RegExp(`${fact.id}: its source was retracted · by Mod \\(terminal:mod\\) on terminal · .* · why: made up`));
    expect(factIdsOf(await list({ reason: 'suggestion', page: 3 }))).toHaveLength(1);
  });

  it('takes reports on facts in the base only', async () => {
    const pending = factIdsOf(await list({ reason: 'suggestion' }))[0]!;
    expect(noticesOf(await core.dispatch('fact report', { id: pending, reason: 'spam' }, reader)).join(' ')).toMatch(
      `${pending} is a suggestion still waiting for review`,
    );
  });

  it('closes a report once a moderator changes the fact', async () => {
    await core.dispatch('fact edit', { id: 'F33', period: '2026', reason: 'checked the report' }, moderator);
    expect(noticesOf(await list({ reason: 'report' }))).toEqual(['Nothing waits for review as report.']);
  });

  it('refuses an unknown reason and a page past the end, naming the fix', async () => {
    expect(noticesOf(await list({ reason: 'spam' })).join(' ')).toMatch(/“reason” must be one of suggestion, retracted-source, report/);
    expect(noticesOf(await list({ page: 9 })).join(' ')).toMatch(/Page 9 does not exist: the queue has \d page\(s\)/);
  });
});
