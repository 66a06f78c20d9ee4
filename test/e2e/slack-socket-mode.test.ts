import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storesUnderTest } from '../helpers/bases-under-test';
import { type ButtonedMessage, buttonPressPayload, slashCommandEnvelope, waitFor } from './slack-stand-ins';
import { SOCKET_MODERATOR, type SocketModeSlack, startSocketModeSlack } from './slack-socket-fixture';

/**
 * The real Bolt app in Socket Mode: apps.connections.open on the Web API stand-in hands out a
 * loopback WebSocket that plays Slack's Socket Mode endpoint.
 */

type Message = ButtonedMessage & { replace_original?: boolean };

const MEMBER = 'UMEM0001';

describe.each(storesUnderTest())('Slack adapter in Socket Mode, on a $name base', (store) => {
  let slack: SocketModeSlack;
  let envelopes = 0;

  beforeAll(async () => {
    slack = await startSocketModeSlack(store);
  });

  afterAll(async () => {
    await slack?.close();
  });

  /** Sends an envelope and waits for its acknowledgement; returns its id. */
  async function sendEnvelope(type: string, payload: Record<string, unknown>): Promise<string> {
    const id = `env-${++envelopes}`;
    slack.socket.send({ envelope_id: id, type, accepts_response_payload: type === 'slash_commands', payload });
    await waitFor(() => slack.socket.received.find((message) => message.envelope_id === id), `the ack of ${id}`);
    return id;
  }

  /** Runs a slash command as `userId` and returns what was posted to its response_url. */
  async function slash(command: string, text: string, userId = MEMBER): Promise<Message[]> {
    const responseUrl = slack.responses.newUrl();
    const { payload } = slashCommandEnvelope('', { command, text, userId, responseUrl });
    await sendEnvelope('slash_commands', payload as Record<string, unknown>);
    return (await slack.responses.waitForPosts(responseUrl)) as Message[];
  }

  /** Presses the button with `actionId` in `message` as `userId` and returns the reply. */
  async function press(message: Message, actionId: string, userId = MEMBER): Promise<Message> {
    const responseUrl = slack.responses.newUrl();
    await sendEnvelope('interactive', buttonPressPayload(message, actionId, userId, responseUrl));
    const [reply] = (await slack.responses.waitForPosts(responseUrl)) as Message[];
    return reply!;
  }

  it('opens its WebSocket with the app token, not the bot token', () => {
    expect(slack.api.calls.find((call) => call.method === 'apps.connections.open')?.token).toBe('xapp-test');
    expect(slack.socket.connections()).toBe(1);
  });

  it('acknowledges a slash command envelope and posts the sourced answer to its response_url', async () => {
    const [answer] = await slash('/brief', 'length of the Tajik border');
    expect(JSON.stringify(answer)).toContain('*F33*');
    expect(JSON.stringify(answer)).toContain('Zalmai Nishat');
  });

  it('turns to the next page of search results with the Next button, replacing the message', async () => {
    const [first] = await slash('/brief', 'search TTP');
    expect(JSON.stringify(first)).toContain('Page 1 of');
    const second = await press(first!, 'briefbot:next');
    expect(second.replace_original).toBe(true);
    expect(JSON.stringify(second)).toContain('Page 2 of');
  });

  it("lands a moderator's /fact edit as a new version, which the next /brief fact shows", async () => {
    const before = (await slack.core.base.facts.current(33))!.version;
    const edited = await slash('/fact', 'edit F33 --period 2026 --reason "date check"', SOCKET_MODERATOR);
    expect(JSON.stringify(edited)).toContain(`F33 is now at version ${before + 1}`);
    expect(JSON.stringify(await slash('/brief', 'fact F33'))).toContain('2026');
    expect(await slack.core.base.facts.current(33)).toMatchObject({ version: before + 1, content: { periodStart: '2026' } });
  });
});
