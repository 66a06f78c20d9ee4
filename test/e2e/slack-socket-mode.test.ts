import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './slack-stand-ins';
import { type SocketModeSlack, startSocketModeSlack } from './slack-socket-fixture';

/**
 * The real Bolt app in Socket Mode: apps.connections.open on the Web API stand-in hands out a
 * loopback WebSocket that plays Slack's Socket Mode endpoint.
 */

let slack: SocketModeSlack;

beforeAll(async () => {
  slack = await startSocketModeSlack();
});

afterAll(async () => {
  await slack?.close();
});

describe('Slack adapter in Socket Mode', () => {
  it('opens its WebSocket with the app token, not the bot token', () => {
    expect(slack.api.calls.find((call) => call.method === 'apps.connections.open')?.token).toBe('xapp-test');
    expect(slack.socket.connections()).toBe(1);
  });

  it('acknowledges a slash command envelope and posts the sourced answer to its response_url', async () => {
    const responseUrl = slack.responses.newUrl();
    slack.socket.send({
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
    await waitFor(() => slack.socket.received.find((message) => message.envelope_id === 'env-1'), 'the envelope ack');
    const [answer] = await slack.responses.waitForPosts(responseUrl);
    expect(JSON.stringify(answer)).toContain('*F33*');
    expect(JSON.stringify(answer)).toContain('Zalmai Nishat');
  });
});
