import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/app';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { SQLITE, type StoreUnderTest } from '../helpers/bases-under-test';
import { TODAY } from '../helpers/core';
import { startResponseUrlStandIn, startSocketModeStandIn, startWebApiStandIn } from './slack-stand-ins';

/** The one Slack user the adapter counts as a moderator. */
export const SOCKET_MODERATOR = 'UMOD0001';

/**
 * The real Bolt app in Socket Mode on a real core, on a fresh base of `store` (a SQLite file by
 * default): apps.connections.open on the Web API stand-in hands out a loopback WebSocket that
 * plays Slack's Socket Mode endpoint.
 */
export async function startSocketModeSlack(store: StoreUnderTest = SQLITE) {
  const base = await store.create();
  const core = await openCore({ ...base.location, logger: createSilentLogger(), now: () => TODAY });
  const socket = await startSocketModeStandIn();
  const api = await startWebApiStandIn({
    'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }),
    'apps.connections.open': () => ({ ok: true, url: socket.url }),
  });
  const responses = await startResponseUrlStandIn();
  const adapter: SlackAdapter = await startSlackAdapter({
    dispatch: core.dispatch,
    specs: core.specs,
    config: { botToken: 'xoxb-test', connection: { mode: 'socket', appToken: 'xapp-test' }, apiUrl: api.url, moderatorIds: [SOCKET_MODERATOR] },
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
      await core.close();
      await base.drop();
    },
  };
}

export type SocketModeSlack = Awaited<ReturnType<typeof startSocketModeSlack>>;
