import type { AddressInfo } from 'node:net';
import { App, type AppOptions, type CustomRoute, SocketModeReceiver } from '@slack/bolt';
import type { CommandSpec } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import type { Logger } from '../../src/logger';
import { toBoltLogger } from './bolt-logger';
import type { SlackConfig } from './config';
import { registerSlackHandlers } from './handlers';
import { EVENTS_PATH } from './manifest';
import { createModeratorCheck } from './moderators';
import { resolveTeamId } from './workspace';

/** A running Slack adapter. */
export interface SlackAdapter {
  /** HTTP mode: the port the receiver listens on (useful when started on port 0). */
  port?: number;
  /** Whether Slack can reach the bot now: the HTTP receiver listens, or the WebSocket is open. */
  isConnected(): boolean;
  /** Why the adapter serves less than configured (the moderator group cannot be read); undefined while all is well. */
  degradedReason(): string | undefined;
  /** Stops listening (HTTP) or closes the WebSocket (Socket Mode). */
  stop(): Promise<void>;
}

function createApp(config: SlackConfig, logger: Logger, customRoutes: CustomRoute[]): { app: App; socket?: SocketModeReceiver } {
  const common: AppOptions = {
    token: config.botToken,
    logger: toBoltLogger(logger),
    // Web API calls serve a person waiting (a form must open within 3 s of the command), so a
    // failing call is retried once rather than for half an hour, and a hanging one gives up.
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: { retries: 1 }, timeout: 5000 },
    // auth.test then runs in app.init(), so a wrong bot token stops start-up with Slack's reason.
    deferInitialization: true,
  };
  if (config.connection.mode === 'socket') {
    // Built here rather than by Bolt so the adapter can tell whether the WebSocket is open.
    const socket = new SocketModeReceiver({
      appToken: config.connection.appToken,
      logger: common.logger!,
      // As Bolt does for its own receiver: apps.connections.open goes to the same Web API address.
      installerOptions: { clientOptions: common.clientOptions! },
    });
    return { app: new App({ ...common, receiver: socket }), socket };
  }
  // processBeforeResponse stays false: ack() answers Slack's HTTP request at once.
  const http = { signingSecret: config.connection.signingSecret, endpoints: EVENTS_PATH, processBeforeResponse: false, customRoutes };
  return { app: new App({ ...common, ...http }) };
}

/**
 * Starts the Slack adapter: a Bolt app in Socket Mode (with an app token) or serving HTTP at
 * `/slack/events` (with the signing secret checked by Bolt), answering every command group in
 * `specs` through `dispatch`. `host` limits the HTTP listener to one interface (all by default).
 */
export async function startSlackAdapter(deps: {
  dispatch: Dispatch;
  specs: readonly CommandSpec[];
  config: SlackConfig;
  logger: Logger;
  host?: string;
  /** More HTTP routes on the receiver's port in HTTP mode (health and metrics). */
  routes?: CustomRoute[];
}): Promise<SlackAdapter> {
  const { config } = deps;
  const logger = deps.logger.child({ adapter: 'slack' });
  const { app, socket } = createApp(config, logger, deps.routes ?? []);
  const moderators = createModeratorCheck({
    ids: config.moderatorIds,
    ...(config.moderatorGroup ? { groupId: config.moderatorGroup } : {}),
    listGroupMembers: async (usergroup) => (await app.client.usergroups.users.list({ usergroup })).users ?? [],
    logger,
  });
  // Failures are logged with their message only: Web API errors can carry the request's token.
  app.error(async (error) => logger.error({ code: error.code, reason: error.message }, 'slack listener failed'));
  if (config.moderatorIds.length === 0 && !config.moderatorGroup) {
    logger.warn('no Slack moderators: set SLACK_MODERATOR_IDS or SLACK_MODERATOR_GROUP to allow moderation commands from Slack');
  }
  await app.init();
  const teamId = await resolveTeamId(config.teamId, app.client);
  registerSlackHandlers(app, { dispatch: deps.dispatch, specs: deps.specs, isModerator: moderators.isModerator, logger, teamId });
  const { degradedReason } = moderators;
  const connection = config.connection;
  if (connection.mode === 'http') {
    const server = await app.start({ port: connection.port, ...(deps.host ? { host: deps.host } : {}) });
    const port = (server.address() as AddressInfo).port;
    logger.info({ mode: 'http', port, path: EVENTS_PATH }, 'slack adapter listening');
    return { port, isConnected: () => server.listening, degradedReason, stop: async () => void (await app.stop()) };
  }
  let connected = false;
  socket?.client.on('connected', () => (connected = true));
  socket?.client.on('disconnected', () => (connected = false));
  socket?.client.on('reconnecting', () => (connected = false));
  await app.start();
  logger.info({ mode: 'socket' }, 'slack adapter connected');
  return { isConnected: () => connected, degradedReason, stop: async () => void (await app.stop()) };
}
