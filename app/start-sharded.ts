import { fileURLToPath } from 'node:url';
import { loadDiscordConfig } from '../adapters/discord/config';
import { startShardingManager } from '../adapters/discord/shard';
import { loadShardPlan } from '../adapters/discord/shard-plan';
import { loadConfig, loadDotEnv } from '../src/config';
import { createLogger } from '../src/logger';
import { ConfigError } from '../src/domain/errors';

/** What each shard process runs: briefbot's entry point, which serves only Discord under a ShardingManager. */
const MAIN_ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

/** `npm run start:sharded`: the Discord bot as one process per shard. */
async function startSharded(): Promise<void> {
  loadDotEnv();
  const { logLevel, prettyLogs } = loadConfig();
  const config = loadDiscordConfig();
  if (!config) throw new ConfigError('start:sharded runs the Discord bot; set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
  const plan = loadShardPlan();
  await startShardingManager({ config, logger: createLogger({ level: logLevel, pretty: prettyLogs }), file: MAIN_ENTRY, ...(plan ? { plan } : {}) });
}

startSharded().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
