import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import { moderator, openTestCore } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const core = await openTestCore();
afterAll(() => core.cleanup());

const slackModerator: Caller = { platform: 'slack', userId: 'U42', displayName: 'Dana', isModerator: true, workspaceId: 'T9', channelId: 'C7' };

describe('where a change came from', () => {
  it('is recorded on the revision and the audit entry, and the history shows it with each changed value', async () => {
    await core.dispatch('fact edit', { id: 'F2', period: '2024', reason: 'the source says 2024' }, slackModerator);
    const revision = rowsOf(core.base)
      .prepare(`SELECT user_id, display_name, platform, workspace_id, channel_id FROM fact_revisions WHERE fact_id = 2 ORDER BY version DESC`)
      .get();
    expect(revision).toEqual({ user_id: 'U42', display_name: 'Dana', platform: 'slack', workspace_id: 'T9', channel_id: 'C7' });
    const audit = rowsOf(core.base).prepare(`SELECT platform, workspace_id, channel_id FROM audit_log WHERE command = 'fact edit' ORDER BY id DESC`).get();
    expect(audit).toEqual({ platform: 'slack', workspace_id: 'T9', channel_id: 'C7' });
    const history = await core.dispatch('fact history', { id: 'F2' }, moderator);
    const lines = (history.blocks[0] as { items: string[] }).items;
    expect(lines.at(-1)).toMatch(
      /^v2 edit · by Dana \(slack:U42\) on slack workspace T9 channel C7 · .* · why: the source says 2024 · period start: (none|“[\d-]+”) → “2024” · period end: (none|“[\d-]+”) → “2024”$/,
    );
  });

  it('shows the old and the new entities and source when they change', async () => {
    await core.dispatch('fact edit', { id: 'F3', source: 'S3', entities: 'Khost', reason: 'wrong source' }, moderator);
    const lines = ((await core.dispatch('fact history', { id: 'F3' }, moderator)).blocks[0] as { items: string[] }).items;
    expect(lines.at(-1)).toMatch(/source: S\d+ → S3/);
    expect(lines.at(-1)).toMatch(/entities: .+ → Khost$/);
  });
});
