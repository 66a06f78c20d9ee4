import { createSnowflake } from './discord-stand-in';

/** Discord's permission bits the tests use, as the bitfield strings interactions carry. */
export const PERMISSIONS = {
  none: '0',
  /** View Channel + Send Messages + Read Message History: an ordinary member. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 16n)),
  /** An ordinary member plus Manage Messages. */
  moderator: String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 13n)),
} as const;

export const GUILD_ID = '1300000000000000001';
/** A server the bot is in but that is not one of the moderation servers. */
export const OTHER_GUILD_ID = '1300000000000000002';
const CHANNEL_ID = '1100000000000000001';

type OptionValue = string | number | boolean;

/** Who clicks or types in a test. */
export interface TestMember {
  id: string;
  name: string;
  permissions: string;
  roles?: string[];
  /** The server the member acts in; GUILD_ID unless given. */
  guildId?: string;
  /** The app reaches this server only because the member installed it for themselves. */
  userInstalled?: boolean;
}

export const MEMBER: TestMember = { id: '1400000000000000001', name: 'reader', permissions: PERMISSIONS.member };
export const MODERATOR: TestMember = { id: '1400000000000000002', name: 'mod', permissions: PERMISSIONS.moderator };

function buildBase(type: number, applicationId: string, member: TestMember) {
  const guildId = member.guildId ?? GUILD_ID;
  // Integration types as the API numbers them: 0 server install, 1 user install.
  const owners = member.userInstalled ? { '1': member.id } : { '0': guildId };
  return {
    id: createSnowflake(),
    token: `token-${createSnowflake()}`,
    application_id: applicationId,
    type,
    version: 1,
    guild_id: guildId,
    channel_id: CHANNEL_ID,
    member: {
      user: { id: member.id, username: member.name, discriminator: '0', global_name: member.name, avatar: null },
      roles: member.roles ?? [],
      permissions: member.permissions,
      nick: null,
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: PERMISSIONS.member,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: owners,
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

// Option types as the API numbers them: 3 string, 4 integer, 5 boolean.
function toOptionJson([name, value]: [string, OptionValue], focused?: string) {
  const type = typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3;
  return { name, type, value, ...(name === focused ? { focused: true } : {}) };
}

function buildCommandData(command: string, options: Record<string, OptionValue>, guildId: string, focused?: string) {
  const [group, subcommand] = command.split(' ');
  return {
    id: createSnowflake(),
    name: group,
    type: 1,
    guild_id: guildId,
    options: [{ type: 1, name: subcommand, options: Object.entries(options).map((entry) => toOptionJson(entry, focused)) }],
  };
}

/** A slash command as the gateway delivers it, e.g. `('brief ask', { question: '…' })`. */
export function buildCommandInteraction(applicationId: string, command: string, options: Record<string, OptionValue>, member = MEMBER) {
  return { ...buildBase(2, applicationId, member), data: buildCommandData(command, options, member.guildId ?? GUILD_ID) };
}

/** An autocomplete request while `focused` is being typed. */
export function buildAutocompleteInteraction(applicationId: string, command: string, options: Record<string, OptionValue>, focused: string, member = MEMBER) {
  return { ...buildBase(4, applicationId, member), data: buildCommandData(command, options, member.guildId ?? GUILD_ID, focused) };
}

/** A click on a button of an earlier bot message. */
export function buildButtonInteraction(applicationId: string, customId: string, message: Record<string, unknown>, member = MEMBER) {
  return {
    ...buildBase(3, applicationId, member),
    message: {
      ...message,
      id: createSnowflake(),
      channel_id: CHANNEL_ID,
      type: 20,
      timestamp: new Date().toISOString(),
      author: { id: applicationId, username: 'briefbot', discriminator: '0', avatar: null, bot: true },
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A submitted form (modal) with its text fields, by custom id. */
export function buildModalSubmitInteraction(applicationId: string, customId: string, fields: Record<string, string>, member = MEMBER) {
  const components = Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
  return { ...buildBase(5, applicationId, member), data: { custom_id: customId, components } };
}
