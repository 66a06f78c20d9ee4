import { REST, Routes } from 'discord.js';
import type { CommandSpec } from '../../src/command-spec';
import { ConfigError } from '../../src/domain/errors';
import { toCommandJson } from './command-json';
import { type DiscordConfig, loadDiscordConfig, snowflake } from './config';

/** Where the commands went and which ones. */
export interface RegisterResult {
  scope: 'guild' | 'global';
  guildId?: string;
  commands: string[];
}

/**
 * Registers every Discord command in one bulk overwrite: in one server (shown at once, for
 * development) when `guildId` is given, globally otherwise. Commands removed from the specs
 * disappear from Discord too.
 */
export async function registerDiscordCommands(deps: { specs: readonly CommandSpec[]; config: DiscordConfig; guildId?: string }): Promise<RegisterResult> {
  const body = toCommandJson(deps.specs);
  const { applicationId, apiUrl, token } = deps.config;
  const route = deps.guildId ? Routes.applicationGuildCommands(applicationId, deps.guildId) : Routes.applicationCommands(applicationId);
  await new REST({ api: apiUrl }).setToken(token).put(route, { body });
  const commands = body.map((command) => `/${command.name}`);
  return deps.guildId ? { scope: 'guild', guildId: deps.guildId, commands } : { scope: 'global', commands };
}

function readGuildFlag(args: readonly string[]): string | undefined {
  const at = args.indexOf('--guild');
  if (at === -1) return undefined;
  const parsed = snowflake.safeParse(args[at + 1] ?? '');
  if (!parsed.success) throw new Error(`--guild ${parsed.error.issues[0]?.message ?? 'needs a server id'}, e.g. --guild 123456789012345678.`);
  return parsed.data;
}

function describeResult(result: RegisterResult): string {
  const where = result.guildId ? `in server ${result.guildId}` : 'globally';
  if (result.commands.length === 0) return `Removed briefbot's commands ${where}.`;
  const when = result.guildId ? 'they show up at once' : 'Discord may take a few minutes to show them everywhere';
  return `Registered ${result.commands.join(', ')} ${where}; ${when}.`;
}

/**
 * The `discord-register [--guild <id>] [--clear]` subcommand: registers to the given server, else
 * to DISCORD_GUILD_ID when set, else globally; `--clear` removes the commands from there instead
 * (say, a development server's copies once they are registered globally). Returns the line to print.
 */
export async function runDiscordRegister(args: readonly string[], deps: { specs: readonly CommandSpec[]; env?: NodeJS.ProcessEnv }): Promise<string> {
  const config = loadDiscordConfig(deps.env);
  if (!config) throw new ConfigError('Discord is not configured. Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
  const guildId = readGuildFlag(args) ?? config.guildId;
  const specs = args.includes('--clear') ? [] : deps.specs;
  return describeResult(await registerDiscordCommands({ specs, config, ...(guildId ? { guildId } : {}) }));
}
