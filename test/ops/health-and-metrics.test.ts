import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connected } from '../../src/ops/health';
import { createOpsRoutes, startOpsServer } from '../../src/ops/routes';
import { member, openTestCore } from '../helpers/core';

const core = openTestCore();
const slack = { name: 'slack', connected: true, isConnected() { return this.connected; } };
const adapters: Connected[] = [slack];
let server: Awaited<ReturnType<typeof startOpsServer>>;
let base: string;

beforeAll(async () => {
  server = await startOpsServer(createOpsRoutes({ base: core.base, adapters: () => adapters, metrics: core.metrics }), 0, '127.0.0.1');
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.stop();
  core.cleanup();
});

describe('/healthz', () => {
  it('is 200 with the database and every adapter reported when all is well', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'ok', adapters: { slack: 'connected' } });
  });

  it('is 503 and names the adapter that lost its connection', async () => {
    slack.connected = false;
    const response = await fetch(`${base}/healthz`);
    slack.connected = true;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, adapters: { slack: 'disconnected' } });
  });
});

describe('/metrics', () => {
  it('counts commands by name and outcome, times them, and counts facts', async () => {
    await core.dispatch('brief ask', { question: 'Darvoz attack' }, member);
    await core.dispatch('brief ask', { question: '' }, member);
    await core.dispatch('no such command', {}, member);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/briefbot_commands_total\{command="brief ask",outcome="ok"\} 1/);
    expect(text).toMatch(/briefbot_commands_total\{command="brief ask",outcome="refused"\} 1/);
    expect(text).toMatch(/briefbot_commands_total\{command="unknown",outcome="refused"\} 1/);
    expect(text).toMatch(/briefbot_command_duration_seconds_bucket\{le="0.1",command="brief ask"\} \d/);
    expect(text).toMatch(/briefbot_facts\{status="active"\} 7\d/);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
