import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FactBase } from '../fact-base';
import { watchDatabaseFile } from './database-file';
import { type Connected, checkHealth } from './health';
import type { Metrics } from './metrics';

/** An HTTP route in the shape Bolt's receiver takes as a custom route, and a plain server serves. */
export interface OpsRoute {
  path: string;
  method: string;
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}

/**
 * `/healthz` (200 when the database answers from the file opened at start-up and every adapter is
 * connected and not degraded, else 503 with the reason) and `/metrics`.
 */
export async function createOpsRoutes(deps: { base: Pick<FactBase, 'health'>; adapters: () => readonly Connected[]; metrics: Metrics }): Promise<OpsRoute[]> {
  const databaseFile = watchDatabaseFile(await deps.base.health.location());
  return [
    {
      path: '/healthz',
      method: 'GET',
      handler: async (_request, response) => {
        const report = await checkHealth(deps.base, deps.adapters(), databaseFile.check);
        response.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
      },
    },
    {
      path: '/metrics',
      method: 'GET',
      handler: (_request, response) => {
        deps.metrics.render().then(
          (text) => response.writeHead(200, { 'content-type': deps.metrics.contentType }).end(text),
          (error: Error) => response.writeHead(500).end(error.message),
        );
      },
    },
  ];
}

/** Serves the routes on their own port (BRIEFBOT_HTTP_PORT); resolves once listening. */
export async function startOpsServer(routes: readonly OpsRoute[], port: number, host?: string): Promise<{ port: number; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((candidate) => candidate.path === path && candidate.method === request.method);
    if (route) route.handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
