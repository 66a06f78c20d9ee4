import { runTerminalSession } from '../adapters/terminal/session';
import { loadConfig, loadDotEnv } from './config';
import { openCore } from './core';
import { createLogger } from './logger';
import { localOperator } from './operator';
import { UserError } from './user-error';

/** Starts briefbot: every configured platform adapter, or the terminal session when none is. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // The terminal session shares the screen with the logs, so only warnings and worse go there.
  const logger = createLogger({ level: 'warn', pretty: config.prettyLogs });
  const core = openCore({ databasePath: config.databasePath, logger, rateLimits: config.rateLimits });
  try {
    await runTerminalSession({
      dispatch: core.dispatch,
      specs: core.specs,
      input: process.stdin,
      output: process.stdout,
      caller: localOperator('terminal'),
    });
  } finally {
    core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UserError || (error as Error).message?.startsWith('Configuration error') ? (error as Error).message : error);
  process.exitCode = 1;
});
