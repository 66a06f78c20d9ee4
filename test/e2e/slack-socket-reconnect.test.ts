import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommandEnvelope, waitFor } from './slack-stand-ins';
import { type SocketModeSlack, startSocketModeSlack } from './slack-socket-fixture';

/**
 * The real Bolt app in Socket Mode loses its WebSocket and comes back on its own: the Socket Mode
 * client asks apps.connections.open for a fresh URL, connects, and the next slash command is
 * acknowledged and answered.
 */

// @slack/socket-mode waits clientPingTimeout (5 s by default) before its first reconnect attempt.
const RECONNECT_TIMEOUT_MS = 10_000;

let slack: SocketModeSlack;

beforeAll(async () => {
  slack = await startSocketModeSlack();
});

afterAll(async () => {
  await slack?.close();
});

const connectionOpens = (): number => slack.api.calls.filter((call) => call.method === 'apps.connections.open').length;

/** Waits until the app asked for a new URL and is connected on a new WebSocket, the old one gone. */
async function waitForReconnect(opensBefore: number, acceptedBefore: number): Promise<void> {
  const reconnected = (): true | undefined =>
    connectionOpens() > opensBefore && slack.socket.accepted() > acceptedBefore && slack.socket.connections() === 1 ? true : undefined;
  await waitFor(reconnected, 'a new Socket Mode connection', RECONNECT_TIMEOUT_MS);
}

/** Sends `/brief question` over the socket; returns the answer once the envelope was acknowledged. */
async function ask(envelopeId: string, question: string): Promise<string> {
  const responseUrl = slack.responses.newUrl();
  slack.socket.send(slashCommandEnvelope(envelopeId, { command: '/brief', text: question, userId: 'UMEM0001', responseUrl }));
  await waitFor(() => slack.socket.received.find((message) => message.envelope_id === envelopeId), `the ack of ${envelopeId}`);
  return JSON.stringify(await slack.responses.waitForPosts(responseUrl));
}

describe('Slack Socket Mode faults', () => {
  it('reconnects through apps.connections.open after the WebSocket drops, then answers the next slash command', async () => {
    const [opens, accepted] = [connectionOpens(), slack.socket.accepted()];
    slack.socket.drop();
    await waitForReconnect(opens, accepted);
    expect(slack.api.calls.filter((call) => call.method === 'apps.connections.open').at(-1)?.token).toBe('xapp-test');
    expect(await ask('env-after-drop', 'length of the Tajik border')).toContain('*F33*');
  }, 20_000);

  it('reconnects when Slack sends a disconnect message (refresh_requested), then answers the next slash command', async () => {
    const [opens, accepted] = [connectionOpens(), slack.socket.accepted()];
    slack.socket.send({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'stand-in' } });
    await waitForReconnect(opens, accepted);
    expect(await ask('env-after-refresh', 'Pakistan Afghanistan border length')).toContain('2,670');
  }, 20_000);
});
