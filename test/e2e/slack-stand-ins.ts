import { createHmac } from 'node:crypto';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { waitFor } from './wait-for';

export { waitFor };

/**
 * Loopback stand-ins for Slack in end-to-end tests: the Web API, the response_url endpoint and the
 * Socket Mode WebSocket, plus requests signed the way Slack signs them. Nothing leaves 127.0.0.1.
 */

/** A Web API call the app made: the method, its form-encoded parameters and its bearer token. */
export interface ApiCall {
  method: string;
  params: Record<string, string>;
  token: string | undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** Answers to Web API methods by name; unknown methods get `{ ok: false, error: 'unknown_method' }`. */
export type ApiAnswers = Record<string, (params: Record<string, string>) => Record<string, unknown>>;

/** The Web API at `url` (pass as SLACK_API_URL): records every call and answers from `answers`. */
export async function startWebApiStandIn(answers: ApiAnswers) {
  const calls: ApiCall[] = [];
  const server = createServer(async (request, response) => {
    const method = (request.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
    const params = Object.fromEntries(new URLSearchParams(await readBody(request)));
    calls.push({ method, params, token: request.headers.authorization?.replace(/^Bearer /, '') });
    const answer = answers[method]?.(params) ?? { ok: false, error: 'unknown_method' };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/api/`, calls, close: () => close(server) };
}

/** A message the app posted to a response_url. */
export interface Posted {
  path: string;
  body: Record<string, unknown>;
  /** `performance.now()` when the post arrived, for measuring how fast the app answered. */
  receivedAt: number;
}

/** Where response_urls point: captures every JSON message posted to any path. */
export async function startResponseUrlStandIn() {
  const posts: Posted[] = [];
  const server = createServer(async (request, response) => {
    const receivedAt = performance.now();
    posts.push({ path: request.url ?? '', body: JSON.parse(await readBody(request)) as Record<string, unknown>, receivedAt });
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  const port = await listen(server);
  let next = 0;
  return {
    posts,
    /** A fresh response_url, so each test reads only its own replies. */
    newUrl: () => `http://127.0.0.1:${port}/respond/${++next}`,
    /** Waits until `count` messages were posted to `url`, and returns them. */
    waitForPosts: (url: string, count = 1) =>
      waitFor(() => {
        const found = posts.filter((post) => url.endsWith(post.path));
        return found.length >= count ? found.map((post) => post.body) : undefined;
      }, `${count} post(s) to ${url}`),
    close: () => close(server),
  };
}

/** The headers Slack sends with a request: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** Posts a form-encoded body to the app with the given headers; returns the status and body. */
export async function postToApp(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** A slash command's form fields, as Slack sends them. */
export function slashCommandForm(fields: { command: string; text: string; userId: string; responseUrl: string; userName?: string; teamId?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId ?? 'T0001',
    team_domain: 'example',
    channel_id: 'C0001',
    channel_name: 'briefing',
    user_id: fields.userId,
    user_name: fields.userName ?? fields.userId.toLowerCase(),
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0001',
    response_url: fields.responseUrl,
    trigger_id: `trigger-${fields.userId}`,
  }).toString();
}

/** A slash command as Socket Mode delivers it: the same fields as over HTTP, in an envelope to acknowledge. */
export function slashCommandEnvelope(envelopeId: string, fields: Parameters<typeof slashCommandForm>[0]): Record<string, unknown> {
  const payload = Object.fromEntries(new URLSearchParams(slashCommandForm(fields)));
  return { envelope_id: envelopeId, type: 'slash_commands', accepts_response_payload: true, payload };
}

/** A message's blocks as far as its buttons go. */
export type ButtonedMessage = { blocks?: { type: string; elements?: unknown[] }[] };

/** The block_actions payload of pressing the button with `actionId` in `message` as `userId`; throws when there is no such button. */
export function buttonPressPayload(message: ButtonedMessage, actionId: string, userId: string, responseUrl: string): Record<string, unknown> {
  const buttons = message.blocks?.flatMap((block) => (block.type === 'actions' ? (block.elements as { action_id: string; value: string }[]) : [])) ?? [];
  const button = buttons.find((candidate) => candidate.action_id === actionId);
  if (!button) throw new Error(`no ${actionId} button in ${JSON.stringify(message)}`);
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    trigger_id: 'trigger-button',
    container: { type: 'message', message_ts: '1.2', channel_id: 'C0001', is_ephemeral: true },
    channel: { id: 'C0001', name: 'briefing' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, action_ts: '1.3' }],
  };
}

/** An interactive payload (button press, form submission) form-encoded as Slack sends it. */
export const interactionForm = (payload: Record<string, unknown>): string => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

/** Slack's Socket Mode endpoint: says hello to each connection and records what the app sends. */
export async function startSocketModeStandIn() {
  const server = createServer();
  const sockets = new WebSocketServer({ server });
  const received: Record<string, unknown>[] = [];
  let accepted = 0;
  sockets.on('connection', (socket) => {
    accepted += 1;
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: { host: 'stand-in' } }));
  });
  const port = await listen(server);
  return {
    url: `ws://127.0.0.1:${port}/`,
    received,
    /** Sends an envelope to every connected app. */
    send: (envelope: Record<string, unknown>) => {
      for (const socket of sockets.clients) socket.send(JSON.stringify(envelope));
    },
    connections: () => sockets.clients.size,
    /** How many connections were accepted so far, dropped ones included. */
    accepted: () => accepted,
    /** Drops every connection abruptly, without a close frame, as a network failure would. */
    drop: () => {
      for (const socket of sockets.clients) socket.terminate();
    },
    close: async () => {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await close(server);
    },
  };
}
