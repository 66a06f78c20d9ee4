import { describe, expect, it } from 'vitest';
import { createModeratorCheck } from '../../../adapters/slack/moderators';
import pino from 'pino';

function setUp(options: { ids?: string[]; groupId?: string; members?: () => Promise<readonly string[]> } = {}) {
  let clock = 0;
  const fetched: string[] = [];
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push((JSON.parse(line) as { msg: string }).msg) });
  const { isModerator, degradedReason } = createModeratorCheck({
    ids: options.ids ?? [],
    ...(options.groupId ? { groupId: options.groupId } : {}),
    listGroupMembers: async (groupId) => {
      fetched.push(groupId);
      return (options.members ?? (async () => ['UGROUP']))();
    },
    logger,
    ttlMs: 1000,
    graceMs: 10_000,
    now: () => clock,
  });
  return {
    isModerator,
    degradedReason,
    fetched,
    warnings,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('Slack moderators', () => {
  it('counts allowlisted users without asking Slack', async () => {
    const { isModerator, fetched } = setUp({ ids: ['UALLOW'], groupId: 'SMODS' });
    expect(await isModerator('UALLOW')).toBe(true);
    expect(fetched).toEqual([]);
  });

  it('counts members of the moderator group and nobody else', async () => {
    const { isModerator } = setUp({ groupId: 'SMODS' });
    expect(await isModerator('UGROUP')).toBe(true);
    expect(await isModerator('UOTHER')).toBe(false);
  });

  it('fetches the group once for checks within the cache time, concurrent ones included', async () => {
    const { isModerator, fetched, advance } = setUp({ groupId: 'SMODS' });
    await Promise.all([isModerator('UGROUP'), isModerator('UOTHER'), isModerator('UGROUP')]);
    advance(999);
    await isModerator('UGROUP');
    expect(fetched).toEqual(['SMODS']);
  });

  it('fetches the group again once the cache time has passed', async () => {
    const { isModerator, fetched, advance } = setUp({ groupId: 'SMODS' });
    await isModerator('UGROUP');
    advance(1000);
    await isModerator('UGROUP');
    expect(fetched).toEqual(['SMODS', 'SMODS']);
  });

  it('keeps the last known members when a later fetch fails, within the grace period', async () => {
    let fail = false;
    const { isModerator, degradedReason, advance } = setUp({
      groupId: 'SMODS',
      members: async () => (fail ? Promise.reject(new Error('ratelimited')) : ['UGROUP']),
    });
    expect(await isModerator('UGROUP')).toBe(true);
    fail = true;
    advance(5000);
    expect(await isModerator('UGROUP')).toBe(true);
    expect(degradedReason()).toBeUndefined();
  });

  it('drops the group once fetching has failed past the grace period: only the allowlist counts, with a warning and a degraded state', async () => {
    let fail = false;
    const setup = setUp({ ids: ['UALLOW'], groupId: 'SMODS', members: async () => (fail ? Promise.reject(new Error('ratelimited')) : ['UGROUP']) });
    expect(await setup.isModerator('UGROUP')).toBe(true);
    fail = true;
    setup.advance(1000 + 10_000);
    expect(await setup.isModerator('UGROUP')).toBe(false);
    expect(await setup.isModerator('UALLOW')).toBe(true);
    expect(setup.warnings.some((message) => /only SLACK_MODERATOR_IDS moderate/.test(message))).toBe(true);
    expect(setup.degradedReason()).toMatch(/moderator group SMODS cannot be fetched \(ratelimited\)/);
    fail = false;
    setup.advance(1);
    expect(await setup.isModerator('UGROUP')).toBe(true);
    expect(setup.degradedReason()).toBeUndefined();
  });

  it('counts only the allowlist while the group cannot be fetched', async () => {
    const { isModerator } = setUp({ ids: ['UALLOW'], groupId: 'SMODS', members: async () => Promise.reject(new Error('missing_scope')) });
    expect(await isModerator('UGROUP')).toBe(false);
    expect(await isModerator('UALLOW')).toBe(true);
  });

  it('has no moderators when neither ids nor a group are configured', async () => {
    const { isModerator, fetched } = setUp();
    expect(await isModerator('UGROUP')).toBe(false);
    expect(fetched).toEqual([]);
  });
});
