import { describe, expect, it } from 'vitest';
import { createModeratorCheck } from '../../adapters/slack/moderators';
import { createSilentLogger } from '../../src/logger';

function setUp(options: { ids?: string[]; groupId?: string; members?: () => Promise<readonly string[]> } = {}) {
  let clock = 0;
  const fetched: string[] = [];
  const isModerator = createModeratorCheck({
    ids: options.ids ?? [],
    ...(options.groupId ? { groupId: options.groupId } : {}),
    listGroupMembers: async (groupId) => {
      fetched.push(groupId);
      return (options.members ?? (async () => ['UGROUP']))();
    },
    logger: createSilentLogger(),
    ttlMs: 1000,
    now: () => clock,
  });
  return { isModerator, fetched, advance: (ms: number) => void (clock += ms) };
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

  it('keeps the last known members when a later fetch fails', async () => {
    let fail = false;
    const { isModerator, advance } = setUp({ groupId: 'SMODS', members: async () => (fail ? Promise.reject(new Error('ratelimited')) : ['UGROUP']) });
    expect(await isModerator('UGROUP')).toBe(true);
    fail = true;
    advance(5000);
    expect(await isModerator('UGROUP')).toBe(true);
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
