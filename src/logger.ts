import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs: JSON lines (for log shippers) unless `pretty`, which prints readable lines for a
 * person at a terminal. Logs go to stderr so the CLI's stdout stays clean for `--json`.
 */
export function createLogger(options: { level: string; pretty: boolean }): Logger {
  const destination = options.pretty ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }) : pino.destination(2);
  return pino({ level: options.level, redact: { paths: ['*.token', '*.secret', 'token', 'secret'], remove: true } }, destination);
}

/** A logger that drops everything, for tests that do not look at logs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
