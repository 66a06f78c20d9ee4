import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCommandJson } from '../../adapters/discord/command-json';
import { registerDiscordCommands, runDiscordRegister } from '../../adapters/discord/register';
import { GUILD_ID } from './discord-interactions';
import { type DiscordStandIn, startDiscordStandIn } from './discord-stand-in';
import { openTestCore } from './discord-fixtures';

let standIn: DiscordStandIn;
let core: Awaited<ReturnType<typeof openTestCore>>;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  core = await openTestCore();
});

afterAll(async () => {
  await standIn?.close();
  await core?.cleanup();
});

const env = () => ({ DISCORD_TOKEN: 'stand-in-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl });

describe('discord-register', () => {
  it('puts the command JSON generated from the specs to the guild’s commands with the bot token', async () => {
    const config = { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [] };
    await registerDiscordCommands({ specs: core.specs, config, guildId: GUILD_ID });
    const put = await standIn.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe('Bot stand-in-token');
    expect(put.body).toEqual(JSON.parse(JSON.stringify(toCommandJson(core.specs))));
    expect((put.body as { name: string }[]).map((command) => command.name)).toEqual(expect.arrayContaining(['brief', 'fact', 'review', 'source', 'alias']));
  });

  it('registers globally when neither --guild nor DISCORD_GUILD_ID is given', async () => {
    const line = await runDiscordRegister([], { specs: core.specs, env: env() });
    expect(standIn.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/commands`)).toBe(true);
    expect(line).toMatch(/^Registered \/brief, .* globally/);
  });

  it('registers to the server named by --guild', async () => {
    const line = await runDiscordRegister(['--guild', '1300000000000000009'], { specs: core.specs, env: env() });
    expect(standIn.requests.some((r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/guilds/1300000000000000009/commands`)).toBe(
      true,
    );
    expect(line).toContain('in server 1300000000000000009');
  });

  it('removes the commands from a server with --clear', async () => {
    const line = await runDiscordRegister(['--guild', '1300000000000000008', '--clear'], { specs: core.specs, env: env() });
    const put = standIn.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/guilds/1300000000000000008/commands`);
    expect(put?.body).toEqual([]);
    expect(line).toBe("Removed briefbot's commands in server 1300000000000000008.");
  });

  it('refuses a --guild that is not a Discord id, saying what one looks like', async () => {
    await expect(runDiscordRegister(['--guild', 'my-server'], { specs: core.specs, env: env() })).rejects.toThrow(/--guild must be a Discord id/);
  });

  it('says which variables to set when Discord is not configured', async () => {
    await expect(runDiscordRegister([], { specs: core.specs, env: {} })).rejects.toThrow(/Set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
