import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/app';
import { createSilentLogger } from '../../src/logger';
import { openTestCore } from '../helpers/core';
import { startResponseUrlStandIn, startSocketModeStandIn, startWebApiStandIn } from './slack-stand-ins';

/**
 * The real Bolt app in Socket Mode on a real core: apps.connections.open on the Web API stand-in
 * hands out a loopback WebSocket that plays Slack's Socket Mode endpoint.
 */
export async function startSocketModeSlack() {
  const core = await openTestCore();
  const socket = await startSocketModeStandIn();
  const api = await startWebApiStandIn({
    'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }),
    'apps.connections.open': () => ({ ok: true, url: socket.url }),
  });
  const responses = await startResponseUrlStandIn();
  const adapter: SlackAdapter = await startSlackAdapter({
    dispatch: core.dispatch,
    specs: core.specs,
    config: { botToken: 'xoxb-test', connection: { mode: 'socket', appToken: 'xapp-test' }, apiUrl: api.url, moderatorIds: [] },
    logger: createSilentLogger(),
  });
  return {
    core,
    socket,
    api,
    responses,
    adapter,
    async close(): Promise<void> {
      await adapter.stop();
      await Promise.all([socket.close(), api.close(), responses.close()]);
      await core.cleanup();
    },
  };
}

export type SocketModeSlack = Awaited<ReturnType<typeof startSocketModeSlack>>;
