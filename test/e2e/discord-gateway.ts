import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/** How the stand-in answers a RESUME (op 6): replay done (RESUMED), or op 9 so the bot identifies afresh. */
export type ResumeAnswer = 'resumed' | 'invalid-session';

/** Who the bot is told it is, and where it may resume. */
export interface GatewayIdentity {
  applicationId: string;
  botUserId: string;
  gatewayUrl: string;
}

/** Discord's gateway on a loopback server: HELLO, IDENTIFY → READY, RESUME, heartbeats, and faults on demand. */
export interface GatewayStandIn {
  /** The IDENTIFY payloads received, one per fresh session. */
  identifies: unknown[];
  /** The RESUME payloads received, one per attempt to continue a session. */
  resumes: unknown[];
  /** Sends a dispatch (op 0) to every connection that is in a session (identified or resumed). */
  dispatch(event: string, data: unknown): void;
  /** How many connections are in a session now. */
  sessions(): number;
  /** Drops every connection: a close frame with `closeCode`, or without one (the TCP stream just ends). */
  drop(closeCode?: number): void;
  answerResumesWith(answer: ResumeAnswer): void;
  close(): void;
}

const SESSION_ID = 'stand-in-session';
const HEARTBEAT_INTERVAL_MS = 41_250;

const frame = (op: number, d: unknown, t: string | null = null, s: number | null = null): string => JSON.stringify({ op, d, s, t });

function toReady(identity: GatewayIdentity) {
  return {
    v: 10,
    user: { id: identity.botUserId, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
    application: { id: identity.applicationId, flags: 0 },
    session_id: SESSION_ID,
    resume_gateway_url: identity.gatewayUrl,
    guilds: [],
    shard: [0, 1],
  };
}

/** Plays the gateway on `server`'s WebSocket upgrades. Sequence numbers run on across connections, as one session's do. */
export function startGatewayStandIn(server: Server, identity: GatewayIdentity): GatewayStandIn {
  const gateway = new WebSocketServer({ server });
  const identifies: unknown[] = [];
  const resumes: unknown[] = [];
  const inSession = new Set<WebSocket>();
  let resumeAnswer: ResumeAnswer = 'resumed';
  let sequence = 0;

  const startSession = (socket: WebSocket, event: string, data: unknown): void => {
    inSession.add(socket);
    socket.send(frame(0, data, event, ++sequence));
  };

  const onPayload = (socket: WebSocket, payload: { op: number; d: unknown }): void => {
    if (payload.op === 1) socket.send(frame(11, null));
    if (payload.op === 2) {
      identifies.push(payload.d);
      startSession(socket, 'READY', toReady(identity));
    }
    if (payload.op === 6) {
      resumes.push(payload.d);
      const known = (payload.d as { session_id?: unknown }).session_id === SESSION_ID;
      if (known && resumeAnswer === 'resumed') startSession(socket, 'RESUMED', {});
      else socket.send(frame(9, false));
    }
  };

  gateway.on('connection', (socket) => {
    socket.on('close', () => inSession.delete(socket));
    socket.on('message', (raw) => onPayload(socket, JSON.parse(String(raw)) as { op: number; d: unknown }));
    socket.send(frame(10, { heartbeat_interval: HEARTBEAT_INTERVAL_MS }));
  });

  return {
    identifies,
    resumes,
    dispatch(event, data) {
      const message = frame(0, data, event, ++sequence);
      for (const socket of inSession) socket.send(message);
    },
    sessions: () => inSession.size,
    drop(closeCode) {
      for (const socket of gateway.clients) {
        inSession.delete(socket);
        if (closeCode === undefined) socket.terminate();
        else socket.close(closeCode);
      }
    },
    answerResumesWith(answer) {
      resumeAnswer = answer;
    },
    close() {
      for (const socket of gateway.clients) socket.terminate();
      gateway.close();
    },
  };
}
