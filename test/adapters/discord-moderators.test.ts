import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isModerator, toCaller } from '../../adapters/discord/moderators';

const ROLE = '1500000000000000001';
const user = { id: '1400000000000000001', displayName: 'Reader' };

function interactionOf(permissions: bigint | null, roles: string[] = [], nick: string | null = null) {
  return {
    user,
    memberPermissions: permissions === null ? null : new PermissionsBitField(permissions),
    member: { roles, nick, permissions: String(permissions ?? 0n) },
  } as unknown as Parameters<typeof isModerator>[0];
}

describe('Discord moderators', () => {
  it('counts a member with Manage Messages, or an administrator, as a moderator', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.ManageMessages), [])).toBe(true);
    expect(isModerator(interactionOf(PermissionFlagsBits.Administrator), [])).toBe(true);
  });

  it('counts a member holding a configured moderator role as a moderator', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.SendMessages, [ROLE]), [ROLE])).toBe(true);
  });

  it('does not count an ordinary member, or anyone in a direct message, as a moderator', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.SendMessages, ['1500000000000000009']), [ROLE])).toBe(false);
    expect(isModerator({ user, memberPermissions: null, member: null } as unknown as Parameters<typeof isModerator>[0], [ROLE])).toBe(false);
  });

  it('reports the caller to the core with the server nickname when there is one', () => {
    expect(toCaller(interactionOf(PermissionFlagsBits.SendMessages, [], 'Nick'), [])).toEqual({
      platform: 'discord',
      userId: user.id,
      displayName: 'Nick',
      isModerator: false,
    });
  });
});
