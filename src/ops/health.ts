import type { FactBase } from '../fact-base';

/** Something whose connection the health check reports. */
export interface Connected {
  name: string;
  isConnected(): boolean;
}

export interface HealthReport {
  ok: boolean;
  database: string;
  adapters: Record<string, 'connected' | 'disconnected'>;
}

/** Whether the database answers and every adapter is connected. */
export function checkHealth(base: Pick<FactBase, 'health'>, adapters: readonly Connected[]): HealthReport {
  let database = 'ok';
  try {
    base.health.ping();
  } catch (error) {
    database = `unreachable: ${(error as Error).message}`;
  }
  const states = Object.fromEntries(adapters.map((adapter) => [adapter.name, adapter.isConnected() ? 'connected' : 'disconnected'] as const));
  return { ok: database === 'ok' && Object.values(states).every((state) => state === 'connected'), database, adapters: states };
}
