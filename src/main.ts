import { startDiscordAdapter } from '../adapters/discord/client';
import { loadDiscordConfig } from '../adapters/discord/config';
import { startSlackAdapter } from '../adapters/slack/app';
import { loadSlackConfig } from '../adapters/slack/config';
import { runTerminalSession } from '../adapters/terminal/session';
import { loadConfig, loadDotEnv } from './config';
import { type Core, openCore } from './core';
import { type Logger, createLogger } from './logger';
import { localOperator } from './operator';
import { UserError } from './user-error';

/** A running platform adapter. */
interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

/**
 * Starts the adapters whose variables are set. Under discord.js's ShardingManager each shard
 * process serves Discord only, so Slack is not started once per shard.
 */
async function startAdapters(core: Core, logger: Logger, platforms: { slack: ReturnType<typeof loadSlackConfig>; discord: ReturnType<typeof loadDiscordConfig> }): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  const { dispatch, specs } = core;
  if (platforms.slack && !process.env.SHARDING_MANAGER) {
    running.push({ name: 'slack', ...(await startSlackAdapter({ dispatch, specs, config: platforms.slack, logger })) });
  }
  if (platforms.discord) {
    running.push({ name: 'discord', ...(await startDiscordAdapter({ dispatch, specs, autocomplete: core.autocomplete, config: platforms.discord, logger })) });
  }
  return running;
}

/** Starts briefbot: every configured platform adapter, or the terminal session when none is. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const platforms = { slack: loadSlackConfig(), discord: loadDiscordConfig() };
  const serving = Boolean(platforms.slack || platforms.discord);
  // The terminal session shares the screen with the logs, so only warnings and worse go there.
  const logger = createLogger({ level: serving ? config.logLevel : 'warn', pretty: config.prettyLogs });
  const core = openCore({ databasePath: config.databasePath, logger, rateLimits: config.rateLimits });
  if (!serving) {
    await runTerminalSession({ dispatch: core.dispatch, specs: core.specs, input: process.stdin, output: process.stdout, caller: localOperator('terminal') });
    core.close();
    return;
  }
  const adapters = await startAdapters(core, logger, platforms);
  logger.info({ adapters: adapters.map((adapter) => adapter.name) }, 'briefbot is serving');
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    core.close();
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  const message = (error as Error).message ?? String(error);
  console.error(error instanceof UserError || message.startsWith('Configuration error') ? message : error);
  process.exitCode = 1;
});
