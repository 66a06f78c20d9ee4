import { type BaseInteraction, PermissionFlagsBits } from 'discord.js';
import type { Caller } from '../../src/caller';

type MemberView = Pick<BaseInteraction, 'member' | 'memberPermissions' | 'user'>;

// A member arrives as a cached GuildMember or, when the guild is not cached, as the raw API object.
function listRoleIds(member: MemberView['member']): readonly string[] {
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * Whether the member moderates here: Manage Messages in this channel (Administrator implies it), or
 * one of the configured moderator roles. Server admins can change who sees a command, so this is
 * read from each interaction rather than trusted from the command's default permissions.
 */
export function isModerator(interaction: MemberView, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) return true;
  return listRoleIds(interaction.member).some((id) => moderatorRoleIds.includes(id));
}

function findDisplayName({ member, user }: MemberView): string {
  if (member && 'displayName' in member) return member.displayName;
  return member?.nick ?? user.displayName;
}

/** The person behind an interaction, as the core sees callers; the core decides what they may do. */
export function toCaller(interaction: MemberView, moderatorRoleIds: readonly string[]): Caller {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    displayName: findDisplayName(interaction),
    isModerator: isModerator(interaction, moderatorRoleIds),
  };
}
