import { copyFileSync, openSync, renameSync, rmSync, writeSync, closeSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connected } from '../../src/ops/health';
import { createOpsRoutes, startOpsServer } from '../../src/ops/routes';
import { createMetrics } from '../../src/ops/metrics';
import { member, openTestCore } from '../helpers/core';

const core = await openTestCore();
const slack = {
  name: 'slack',
  connected: true,
  degraded: undefined as string | undefined,
  isConnected() {
    return this.connected;
  },
  degradedReason() {
    return this.degraded;
  },
};
const adapters: Connected[] = [slack];
let server: Awaited<ReturnType<typeof startOpsServer>>;
let base: string;

beforeAll(async () => {
  const metrics = createMetrics(core.base);
  core.onOutcome(metrics.observe);
  server = await startOpsServer(await createOpsRoutes({ base: core.base, adapters: () => adapters, metrics }), 0, '127.0.0.1');
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.stop();
  await core.cleanup();
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

  it('is 503 and says why when an adapter is degraded', async () => {
    slack.degraded = 'moderator group S1 cannot be fetched (ratelimited); only SLACK_MODERATOR_IDS moderate';
    const response = await fetch(`${base}/healthz`);
    slack.degraded = undefined;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      ok: false,
      adapters: { slack: 'degraded' },
      degraded: { slack: expect.stringContaining('cannot be fetched') },
    });
  });
});

describe('/healthz and the database file under the running process', () => {
  async function probe(damage: (path: string) => void): Promise<{ status: number; body: { ok: boolean; database: string } }> {
    const own = await openTestCore();
    const ops = await startOpsServer(await createOpsRoutes({ base: own.base, adapters: () => [], metrics: createMetrics(own.base) }), 0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${ops.port}/healthz`)).status).toBe(200);
      damage(own.path);
      const response = await fetch(`http://127.0.0.1:${ops.port}/healthz`);
      return { status: response.status, body: (await response.json()) as { ok: boolean; database: string } };
    } finally {
      await ops.stop();
      own.cleanup();
    }
  }

  it('is 503 when the file was replaced by another one', async () => {
    const { status, body } = await probe((path) => {
      copyFileSync(path, `${path}.copy`);
      renameSync(`${path}.copy`, path);
    });
    expect(status).toBe(503);
    expect(body.database).toMatch(/was replaced while briefbot was running; restart briefbot/);
  });

  it('is 503 when the file was overwritten in place', async () => {
    const { status, body } = await probe((path) => {
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.from('not a database at all'), 0, 21, 0);
      closeSync(fd);
    });
    expect(status).toBe(503);
    expect(body.database).toMatch(/is damaged \(no SQLite header\)/);
  });

  it('is 503 when the file is gone', async () => {
    const { status, body } = await probe((path) => rmSync(path));
    expect(status).toBe(503);
    expect(body.database).toMatch(/is gone/);
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
