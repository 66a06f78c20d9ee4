import { startDiscordAdapter } from '../adapters/discord/client';
import { type DiscordConfig, loadDiscordConfig } from '../adapters/discord/config';
import { startSlackAdapter } from '../adapters/slack/app';
import { type SlackConfig, loadSlackConfig } from '../adapters/slack/config';
import { runTerminalSession } from '../adapters/terminal/session';
import { type Config, loadConfig, loadDotEnv } from '../src/config';
import { type Core, openConfiguredCore } from './core';
import { type Logger, createLogger } from '../src/logger';
import { localOperator } from '../src/operator';
import type { Connected } from '../src/ops/health';
import { type OpsRoute, createOpsRoutes, startOpsServer } from '../src/ops/routes';
import { createShutdown } from '../src/ops/shutdown';
import { createMetrics } from '../src/ops/metrics';
import { ConfigError } from '../src/domain/errors';
import { UserError } from '../src/user-error';

interface Platforms {
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
}

/** A running adapter or server that the shutdown stops. */
type Running = Connected & { stop(): Promise<void> };

/**
 * Starts the adapters whose variables are set. Health and metrics go on the Slack HTTP port when
 * there is no BRIEFBOT_HTTP_PORT. Under discord.js's ShardingManager each shard process serves
 * Discord only, so Slack is not started once per shard.
 */
async function startAdapters(core: Core, logger: Logger, platforms: Platforms, routes: OpsRoute[] | undefined): Promise<Running[]> {
  const running: Running[] = [];
  const { dispatch, specs } = core;
  if (platforms.slack && !process.env.SHARDING_MANAGER) {
    const slack = await startSlackAdapter({ dispatch, specs, config: platforms.slack, logger, ...(routes ? { routes } : {}) });
    running.push({ name: 'slack', ...slack });
  }
  if (platforms.discord) {
    const discord = await startDiscordAdapter({ dispatch, specs, autocomplete: core.autocomplete, pager: core.pages, config: platforms.discord, logger });
    running.push({ name: 'discord', ...discord });
  }
  return running;
}

async function serve(core: Core, config: Config, platforms: Platforms, logger: Logger): Promise<void> {
  const adapters: Running[] = [];
  const metrics = createMetrics(core.base);
  core.onOutcome(metrics.observe);
  const routes = await createOpsRoutes({ base: core.base, adapters: () => adapters, metrics });
  const onSlackPort = config.httpPort === undefined && platforms.slack?.connection.mode === 'http';
  adapters.push(...(await startAdapters(core, logger, platforms, onSlackPort ? routes : undefined)));
  const stops = adapters.map((adapter) => () => adapter.stop());
  if (config.httpPort !== undefined) {
    const server = await startOpsServer(routes, config.httpPort);
    stops.push(server.stop);
    logger.info({ port: server.port }, 'health and metrics at /healthz and /metrics');
  }
  const shutdown = createShutdown({ drain: core.drain, stops, closeDatabase: core.close, logger, timeoutMs: config.shutdownTimeoutMs });
  // Exit explicitly once stopped: a library's leftover timer must not keep a stopped bot alive.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal).then((code) => process.exit(code)));
  logger.info({ adapters: adapters.map((adapter) => adapter.name) }, 'briefbot is serving');
}

/** Starts briefbot: every configured platform adapter, or the terminal session when none is. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const platforms: Platforms = { slack: loadSlackConfig(), discord: loadDiscordConfig() };
  const serving = Boolean(platforms.slack || platforms.discord);
  // The terminal session shares the screen with the logs, so only warnings and worse go there.
  const logger = createLogger({ level: serving ? config.logLevel : 'warn', pretty: config.prettyLogs });
  // A stray rejection is a bug to log, not a reason to stop answering everyone else.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const core = await openConfiguredCore(config, logger);
  if (serving) return serve(core, config, platforms, logger);
  await runTerminalSession({ dispatch: core.dispatch, specs: core.specs, input: process.stdin, output: process.stdout, caller: localOperator('terminal') });
  await core.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof UserError || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
