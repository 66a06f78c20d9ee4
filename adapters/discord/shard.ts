import { REST, Routes, ShardingManager } from 'discord.js';
import * as z from 'zod';
import type { Logger } from '../../src/logger';
import type { DiscordConfig } from './config';
import type { ShardPlan } from './shard-plan';

/**
 * Discord's recommended shard count, asked at the configured REST base: ShardingManager's own
 * `totalShards: 'auto'` lookup always goes to discord.com, bypassing DISCORD_API_URL.
 */
export async function fetchRecommendedShardCount(config: DiscordConfig): Promise<number> {
  const answer = await new REST({ api: config.apiUrl }).setToken(config.token).get(Routes.gatewayBot());
  return z.object({ shards: z.number().int().min(1) }).parse(answer).shards;
}

/**
 * Runs `file` (the bot's entry point) as one process per shard with discord.js's ShardingManager:
 * the shards of `plan` when given (this host's part of a bot split across hosts), otherwise every
 * shard of Discord's recommended count. Each child gets SHARDS and SHARD_COUNT in its environment,
 * which discord.js's Client reads by itself; children are TypeScript run through tsx, and are
 * restarted when they die.
 */
export async function startShardingManager(deps: { config: DiscordConfig; logger: Logger; file: string; plan?: ShardPlan }): Promise<ShardingManager> {
  const totalShards = deps.plan?.totalShards ?? (await fetchRecommendedShardCount(deps.config));
  const shardList = deps.plan?.shardList ?? 'auto';
  const manager = new ShardingManager(deps.file, { token: deps.config.token, totalShards, shardList, execArgv: ['--import', 'tsx'], respawn: true });
  manager.on('shardCreate', (shard) => {
    deps.logger.info({ shard: shard.id, totalShards }, 'discord shard starting');
    shard.on('death', () => deps.logger.warn({ shard: shard.id }, 'discord shard exited; restarting'));
  });
  await manager.spawn({ amount: totalShards });
  return manager;
}
