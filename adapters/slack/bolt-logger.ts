import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger';

/**
 * Bolt's logger interface over briefbot's pino logger. Bolt's debug lines are dropped: they echo
 * raw request bodies and WebSocket payloads, which carry response URLs and Slack's verification
 * token. Everything else is joined into one message; objects become their string form, so an
 * error's attached request (with its Authorization header) is never serialized.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const bolt = logger.child({ component: 'bolt' });
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void =>
      bolt[level](parts.map(String).join(' '));
  return {
    debug: () => undefined,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Bolt sets its level at start-up; pino's own level already decides what is written.
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
