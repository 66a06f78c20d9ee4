import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { z } from 'zod';
import { loadConfig, loadDotEnv } from '../../src/config';
import { type Logger, createLogger } from '../../src/logger';
import { type DiscordConfig, loadDiscordConfig } from './config';

/** What each shard process runs: briefbot's entry point, which serves only Discord under a ShardingManager. */
const MAIN_ENTRY = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/**
 * Discord's recommended shard count, asked at the configured REST base: ShardingManager's own
 * `totalShards: 'auto'` lookup always goes to discord.com, bypassing DISCORD_API_URL.
 */
export async function fetchRecommendedShardCount(config: DiscordConfig): Promise<number> {
  const answer = await new REST({ api: config.apiUrl }).setToken(config.token).get(Routes.gatewayBot());
  return z.object({ shards: z.number().int().min(1) }).parse(answer).shards;
}

/**
 * Runs the bot as one process per shard with discord.js's ShardingManager. Each child gets
 * SHARDS and SHARD_COUNT in its environment, which discord.js's Client reads by itself; children
 * are TypeScript run through tsx, and are restarted when they die.
 */
export async function startShardingManager(deps: { config: DiscordConfig; logger: Logger; file?: string; totalShards?: number }): Promise<ShardingManager> {
  const totalShards = deps.totalShards ?? (await fetchRecommendedShardCount(deps.config));
  const manager = new ShardingManager(deps.file ?? MAIN_ENTRY, { token: deps.config.token, totalShards, execArgv: ['--import', 'tsx'], respawn: true });
  manager.on('shardCreate', (shard) => {
    deps.logger.info({ shard: shard.id, totalShards }, 'discord shard starting');
    shard.on('death', () => deps.logger.warn({ shard: shard.id }, 'discord shard exited; restarting'));
  });
  await manager.spawn({ amount: totalShards });
  return manager;
}

async function runFromCommandLine(): Promise<void> {
  loadDotEnv();
  const { logLevel, prettyLogs } = loadConfig();
  const config = loadDiscordConfig();
  if (!config) throw new Error('Configuration error: start:sharded runs the Discord bot; set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
  await startShardingManager({ config, logger: createLogger({ level: logLevel, pretty: prettyLogs }) });
}

// `npm run start:sharded` runs this file; importing it (tests, other entry points) starts nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFromCommandLine().catch((error: unknown) => {
    console.error(error instanceof Error && error.message.startsWith('Configuration error') ? error.message : error);
    process.exitCode = 1;
  });
}
