import { once } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ResumeAnswer, startGatewayStandIn } from './discord-gateway';

/** One request the bot made to the stand-in's REST API. */
export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, still URL-encoded (`/webhooks/…/messages/%40original`). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** `performance.now()` when the request arrived, for measuring how fast the bot answered. */
  receivedAt: number;
}

/** A loopback Discord: REST on `apiUrl`, a gateway on the same port, and what the bot sent. */
export interface DiscordStandIn {
  apiUrl: string;
  applicationId: string;
  botUserId: string;
  requests: RecordedRequest[];
  /** The IDENTIFY payloads the gateway received. */
  identifies: unknown[];
  /** The RESUME payloads the gateway received. */
  resumes: unknown[];
  /** Sends INTERACTION_CREATE to every gateway connection that is in a session. */
  dispatchInteraction(payload: unknown): void;
  /** How many gateway connections are in a session (identified or resumed) now. */
  gatewaySessions(): number;
  /** Drops the gateway connections: with `closeCode` in a close frame, or abruptly without one. */
  dropGateway(closeCode?: number): void;
  /** How later RESUMEs are answered (RESUMED until told otherwise). */
  answerResumesWith(answer: ResumeAnswer): void;
  waitForRequest(matches: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const API_PREFIX = '/api/v10';

// A message with files comes as multipart/form-data: the JSON in `payload_json`, then each file.
function parseMultipart(text: string, boundary: string): Record<string, unknown> {
  const parts = text.split(`--${boundary}`).slice(1, -1);
  const files: { name: string; text: string }[] = [];
  let payload: Record<string, unknown> = {};
  for (const part of parts) {
    const [headers = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const content = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) files.push({ name: filename, text: content });
    else if (/name="payload_json"/.test(headers)) payload = JSON.parse(content) as Record<string, unknown>;
  }
  return { ...payload, files };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const boundary = /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1];
  if (boundary) return parseMultipart(text, boundary);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

function sendJson(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

let nextId = 1_200_000_000_000_000_000n;
/** A fresh snowflake-shaped id. */
export function createSnowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

function toMessage(applicationId: string, botUserId: string, body: unknown): Record<string, unknown> {
  return {
    ...(body as Record<string, unknown>),
    id: createSnowflake(),
    channel_id: '1100000000000000001',
    type: 20,
    author: { id: botUserId, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true },
    application_id: applicationId,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}

// Answers like Discord would, with just enough JSON for discord.js to build its objects.
function answerRest(standIn: { applicationId: string; botUserId: string; gatewayUrl: string }, recorded: RecordedRequest, response: ServerResponse): void {
  const { method, path } = recorded;
  if (method === 'GET' && path === '/gateway/bot') {
    sendJson(response, 200, { url: standIn.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
  } else if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
    sendJson(response, 204);
  } else if (method === 'DELETE' && path.startsWith('/webhooks/')) {
    sendJson(response, 204);
  } else if ((method === 'PATCH' || method === 'POST') && path.startsWith('/webhooks/')) {
    sendJson(response, 200, toMessage(standIn.applicationId, standIn.botUserId, recorded.body));
  } else if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
    const commands = Array.isArray(recorded.body) ? recorded.body : [];
    sendJson(
      response,
      200,
      commands.map((command: object) => ({ ...command, id: createSnowflake(), application_id: standIn.applicationId, version: '1' })),
    );
  } else {
    sendJson(response, 404, { message: `Unknown route ${method} ${path}`, code: 0 });
  }
}

/** Starts the stand-in on 127.0.0.1 at a free port. */
export async function startDiscordStandIn(ids = { applicationId: '1000000000000000001', botUserId: '1000000000000000002' }): Promise<DiscordStandIn> {
  const requests: RecordedRequest[] = [];
  const waiters = new Set<() => void>();
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const context = { ...ids, gatewayUrl: `ws://127.0.0.1:${port}` };
  const gateway = startGatewayStandIn(server, context);

  server.on('request', (request, response) => {
    const receivedAt = performance.now();
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const recorded = {
        method: request.method ?? 'GET',
        path: url.pathname.replace(API_PREFIX, ''),
        query: url.searchParams,
        body,
        authorization: request.headers.authorization,
        receivedAt,
      };
      requests.push(recorded);
      answerRest(context, recorded, response);
      for (const wake of waiters) wake();
    });
  });

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    ...ids,
    requests,
    identifies: gateway.identifies,
    resumes: gateway.resumes,
    dispatchInteraction: (payload) => gateway.dispatch('INTERACTION_CREATE', payload),
    gatewaySessions: () => gateway.sessions(),
    dropGateway: (closeCode) => gateway.drop(closeCode),
    answerResumesWith: (answer) => gateway.answerResumesWith(answer),
    waitForRequest(matches, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = requests.find(matches);
          if (found) {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve(found);
          }
          return Boolean(found);
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`No matching request within ${timeoutMs} ms; saw: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    async close() {
      gateway.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
