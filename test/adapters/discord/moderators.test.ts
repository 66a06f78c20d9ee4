import { InteractionContextType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type ModerationRules, isModerator, toCaller } from '../../../adapters/discord/moderators';

const ROLE = '1500000000000000001';
const GUILD = '1300000000000000001';
const OTHER_GUILD = '1300000000000000002';
const CHANNEL = '1100000000000000001';
const user = { id: '1400000000000000001', displayName: 'Reader' };
const BY_GUILD: ModerationRules = { guildIds: [GUILD], roleIds: [] };
const BY_ROLE: ModerationRules = { guildIds: [], roleIds: [ROLE] };

type Where = { guildId?: string; userInstalled?: boolean; context?: InteractionContextType };

function interactionOf(permissions: bigint | null, roles: string[] = [], nick: string | null = null, where: Where = {}) {
  const guildId = where.guildId ?? GUILD;
  return {
    user,
    guildId,
    channelId: CHANNEL,
    context: where.context ?? InteractionContextType.Guild,
    authorizingIntegrationOwners: where.userInstalled ? { guildId: null, userId: user.id } : { guildId, userId: null },
    memberPermissions: permissions === null ? null : new PermissionsBitField(permissions),
    member: { roles, nick, permissions: String(permissions ?? 0n) },
  } as unknown as Parameters<typeof isModerator>[0];
}

const directMessage = {
  user,
  guildId: null,
  channelId: CHANNEL,
  context: InteractionContextType.BotDM,
  authorizingIntegrationOwners: { guildId: null, userId: user.id },
  memberPermissions: null,
  member: null,
} as unknown as Parameters<typeof isModerator>[0];

describe('Discord moderators', () => {
  it('counts Manage Messages, or Administrator, in a moderation server', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.ManageMessages), BY_GUILD)).toBe(true);
    expect(isModerator(interactionOf(PermissionFlagsBits.Administrator), BY_GUILD)).toBe(true);
  });

  it('does not count Manage Messages in any other server, nor when no moderation server is set', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.ManageMessages, [], null, { guildId: OTHER_GUILD }), BY_GUILD)).toBe(false);
    expect(isModerator(interactionOf(PermissionFlagsBits.Administrator), { guildIds: [], roleIds: [] })).toBe(false);
  });

  it('counts a configured moderator role wherever the member holds it', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.SendMessages, [ROLE], null, { guildId: OTHER_GUILD }), BY_ROLE)).toBe(true);
  });

  it('never counts a direct message, or a server the app reaches only through a user install', () => {
    expect(isModerator(directMessage, { guildIds: [GUILD], roleIds: [ROLE] })).toBe(false);
    const userInstalled = interactionOf(PermissionFlagsBits.Administrator, [ROLE], null, { userInstalled: true });
    expect(isModerator(userInstalled, { guildIds: [GUILD], roleIds: [ROLE] })).toBe(false);
    const privateChannel = interactionOf(PermissionFlagsBits.Administrator, [ROLE], null, { context: InteractionContextType.PrivateChannel });
    expect(isModerator(privateChannel, { guildIds: [GUILD], roleIds: [ROLE] })).toBe(false);
  });

  it('does not count an ordinary member', () => {
    expect(isModerator(interactionOf(PermissionFlagsBits.SendMessages, ['1500000000000000009']), { guildIds: [GUILD], roleIds: [ROLE] })).toBe(false);
  });

  it('reports the caller with the server nickname, the server and the channel', () => {
    expect(toCaller(interactionOf(PermissionFlagsBits.SendMessages, [], 'Nick'), BY_GUILD)).toEqual({
      platform: 'discord',
      userId: user.id,
      displayName: 'Nick',
      isModerator: false,
      workspaceId: GUILD,
      channelId: CHANNEL,
    });
  });
});
