import { StoreUnavailableError } from '../domain/errors';
import type { FactBase } from '../fact-base';

/** Something whose connection the health check reports. */
export interface Connected {
  name: string;
  isConnected(): boolean;
  /** Why it serves less than configured while connected; undefined while all is well. */
  degradedReason?(): string | undefined;
}

export type AdapterState = 'connected' | 'disconnected' | 'degraded';

export interface HealthReport {
  ok: boolean;
  database: string;
  adapters: Record<string, AdapterState>;
  /** What is degraded and why, by adapter; present only when something is. */
  degraded?: Record<string, string>;
}

async function checkDatabase(base: Pick<FactBase, 'health'>, checkFile: () => string | undefined): Promise<string> {
  const fileProblem = checkFile();
  if (fileProblem) return fileProblem;
  try {
    await base.health.ping();
    return 'ok';
  } catch (error) {
    return `unreachable: ${error instanceof StoreUnavailableError ? error.reason : (error as Error).message}`;
  }
}

/**
 * Whether the database answers from the file it was opened on and every adapter is connected and
 * serving in full; a degraded adapter (say, moderators that cannot be looked up) is not healthy.
 */
export async function checkHealth(
  base: Pick<FactBase, 'health'>,
  adapters: readonly Connected[],
  checkFile: () => string | undefined = () => undefined,
): Promise<HealthReport> {
  const database = await checkDatabase(base, checkFile);
  const degraded: Record<string, string> = {};
  const states: Record<string, AdapterState> = {};
  for (const adapter of adapters) {
    const reason = adapter.isConnected() ? adapter.degradedReason?.() : undefined;
    if (reason) degraded[adapter.name] = reason;
    states[adapter.name] = !adapter.isConnected() ? 'disconnected' : reason ? 'degraded' : 'connected';
  }
  const ok = database === 'ok' && Object.values(states).every((state) => state === 'connected');
  return { ok, database, adapters: states, ...(Object.keys(degraded).length > 0 ? { degraded } : {}) };
}
