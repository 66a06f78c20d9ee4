import { type BaseInteraction, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { Caller } from '../../src/caller';

type MemberView = Pick<BaseInteraction, 'member' | 'memberPermissions' | 'user' | 'guildId' | 'channelId' | 'context' | 'authorizingIntegrationOwners'>;

/** Who moderates from Discord: Manage Messages counts only in `guildIds`; a role in `roleIds` counts anywhere. */
export interface ModerationRules {
  guildIds: readonly string[];
  roleIds: readonly string[];
}

// A member arrives as a cached GuildMember or, when the guild is not cached, as the raw API object.
function listRoleIds(member: MemberView['member']): readonly string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * Whether the interaction comes from a server that installed the bot. A user-installed app runs in
 * servers whose owners never added it, where Manage Messages says nothing about trust in our base;
 * direct messages have no member at all.
 */
function isServerInstalled(interaction: MemberView): interaction is MemberView & { guildId: string } {
  const { guildId, context, authorizingIntegrationOwners: owners } = interaction;
  return context === InteractionContextType.Guild && guildId !== null && owners?.guildId === guildId;
}

/**
 * Whether the member moderates here: Manage Messages in this channel (Administrator implies it) in
 * one of the moderation servers, or one of the moderator roles (role ids are unique to a server, so
 * a role can only be held where it was made). Server admins can change who sees a command, so this
 * is read from each interaction rather than trusted from the command's default permissions.
 */
export function isModerator(interaction: MemberView, rules: ModerationRules): boolean {
  if (!isServerInstalled(interaction)) return false;
  const inModerationServer = rules.guildIds.includes(interaction.guildId);
  if (inModerationServer && interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) return true;
  return listRoleIds(interaction.member).some((id) => rules.roleIds.includes(id));
}

function findDisplayName({ member, user }: MemberView): string {
  if (member && 'displayName' in member) return member.displayName;
  return member?.nick ?? user.displayName;
}

/** The person behind an interaction, as the core sees callers; the core decides what they may do. */
export function toCaller(interaction: MemberView, rules: ModerationRules): Caller {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    displayName: findDisplayName(interaction),
    isModerator: isModerator(interaction, rules),
    ...(interaction.guildId ? { workspaceId: interaction.guildId } : {}),
    ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
  };
}
