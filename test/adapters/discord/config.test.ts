import { describe, expect, it } from 'vitest';
import { loadDiscordConfig } from '../../../adapters/discord/config';

const APP = '1000000000000000001';

describe('Discord configuration', () => {
  it('is absent when no Discord variable is set, so the adapter is simply not started', () => {
    expect(loadDiscordConfig({ BRIEFBOT_DB: ':memory:', DISCORD_TOKEN: '  ' })).toBeUndefined();
  });

  it('reads the token and application id, with Discord’s REST base by default', () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: 'secret', DISCORD_APPLICATION_ID: APP })).toEqual({
      token: 'secret',
      applicationId: APP,
      apiUrl: 'https://discord.com/api',
      moderatorRoleIds: [],
      moderatorGuildIds: [],
    });
  });

  it('reads the development guild, a REST base without its trailing slash and moderator roles', () => {
    const config = loadDiscordConfig({
      DISCORD_TOKEN: 'secret',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '1300000000000000001',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      DISCORD_MODERATOR_ROLE_IDS: '1500000000000000001, 1500000000000000002',
      DISCORD_MODERATOR_GUILD_IDS: '1300000000000000001,1300000000000000002',
    });
    expect(config).toMatchObject({
      guildId: '1300000000000000001',
      apiUrl: 'http://127.0.0.1:9999/api',
      moderatorRoleIds: ['1500000000000000001', '1500000000000000002'],
      moderatorGuildIds: ['1300000000000000001', '1300000000000000002'],
    });
  });

  it('names the missing variable and where to find its value when only part is set', () => {
    expect(() => loadDiscordConfig({ DISCORD_APPLICATION_ID: APP })).toThrow(/DISCORD_TOKEN is missing: set it to the bot token \(Developer Portal/);
    expect(() => loadDiscordConfig({ DISCORD_TOKEN: 'secret' })).toThrow(/DISCORD_APPLICATION_ID is missing: set it to the Application ID/);
  });

  it('rejects an id that is not a Discord id, naming the variable', () => {
    expect(() => loadDiscordConfig({ DISCORD_TOKEN: 'secret', DISCORD_APPLICATION_ID: APP, DISCORD_MODERATOR_ROLE_IDS: 'moderators' })).toThrow(
      /DISCORD_MODERATOR_ROLE_IDS must be a Discord id/,
    );
    expect(() => loadDiscordConfig({ DISCORD_TOKEN: 'secret', DISCORD_APPLICATION_ID: APP, DISCORD_MODERATOR_GUILD_IDS: 'my server' })).toThrow(
      /DISCORD_MODERATOR_GUILD_IDS must be a Discord id/,
    );
  });
});
