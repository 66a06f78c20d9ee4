import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/app';
import { createSilentLogger } from '../../src/logger';
import { openTestCore } from '../helpers/core';
import { startResponseUrlStandIn, startSocketModeStandIn, startWebApiStandIn, waitFor } from './slack-stand-ins';

/**
 * The real Bolt app in Socket Mode: apps.connections.open on the Web API stand-in hands out a
 * loopback WebSocket that plays Slack's Socket Mode endpoint.
 */

let core: ReturnType<typeof openTestCore>;
let socket: Awaited<ReturnType<typeof startSocketModeStandIn>>;
let api: Awaited<ReturnType<typeof startWebApiStandIn>>;
let responses: Awaited<ReturnType<typeof startResponseUrlStandIn>>;
let adapter: SlackAdapter;

beforeAll(async () => {
  core = openTestCore();
  socket = await startSocketModeStandIn();
  api = await startWebApiStandIn({
    'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }),
    'apps.connections.open': () => ({ ok: true, url: socket.url }),
  });
  responses = await startResponseUrlStandIn();
  adapter = await startSlackAdapter({
    dispatch: core.dispatch,
    specs: core.specs,
    config: { botToken: 'xoxb-test', connection: { mode: 'socket', appToken: 'xapp-test' }, apiUrl: api.url, moderatorIds: [] },
    logger: createSilentLogger(),
  });
});

afterAll(async () => {
  await adapter?.stop();
  await socket?.close();
  await api?.close();
  await responses?.close();
  core?.cleanup();
});

describe('Slack adapter in Socket Mode', () => {
  it('opens its WebSocket with the app token, not the bot token', () => {
    expect(api.calls.find((call) => call.method === 'apps.connections.open')?.token).toBe('xapp-test');
    expect(socket.connections()).toBe(1);
  });

  it('acknowledges a slash command envelope and posts the sourced answer to its response_url', async () => {
    const responseUrl = responses.newUrl();
    socket.send({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy-verification-token',
        team_id: 'T0001',
        team_domain: 'example',
        channel_id: 'C0001',
        channel_name: 'briefing',
        user_id: 'UMEM0001',
        user_name: 'member',
        command: '/brief',
        text: 'length of the Tajik border',
        api_app_id: 'A0001',
        response_url: responseUrl,
        trigger_id: 'trigger-socket',
      },
    });
    await waitFor(() => socket.received.find((message) => message.envelope_id === 'env-1'), 'the envelope ack');
    const [answer] = await responses.waitForPosts(responseUrl);
    expect(JSON.stringify(answer)).toContain('*F33*');
    expect(JSON.stringify(answer)).toContain('Zalmai Nishat');
  });
});
