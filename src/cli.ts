import { runDiscordRegister } from '../adapters/discord/register';
import { renderSlackManifest } from '../adapters/slack/manifest';
import { parseCommand } from '../adapters/terminal/parse-command';
import { renderReply } from '../adapters/terminal/render';
import { loadConfig, loadDotEnv } from './config';
import { openCore } from './core';
import { createLogger } from './logger';
import { localOperator } from './operator';
import type { Reply } from './reply';

/** Exit codes: 0 answered, 1 the command refused (bad input, unknown id…), 2 could not start. */
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;

const isRefusal = (reply: Reply): boolean => reply.blocks.some((block) => block.kind === 'notice' && block.level === 'error');

/**
 * One-shot commands: `briefbot ask "length of the Tajik border" [--json]`. The words are the same
 * as after the slash in chat; `--json` prints the command's structured result instead of text.
 */
async function runCli(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((word) => word !== '--json');
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, pretty: config.prettyLogs });
  const core = openCore({ databasePath: config.databasePath, logger, rateLimits: config.rateLimits, busyTimeoutMs: config.busyTimeoutMs });
  try {
    // Set-up commands for the chat platforms, generated from the same command definitions.
    if (words[0] === 'slack-manifest') {
      process.stdout.write(renderSlackManifest(core.specs, words.slice(1)));
      return 0;
    }
    if (words[0] === 'discord-register') {
      process.stdout.write(`${await runDiscordRegister(words.slice(1), { specs: core.specs })}\n`);
      return 0;
    }
    const parsed = parseCommand(words, core.specs);
    if (!parsed.ok) {
      process.stderr.write(`${parsed.message}\n`);
      return EXIT_REFUSED;
    }
    const reply = await core.dispatch(parsed.name, parsed.options, localOperator('cli'));
    if (isRefusal(reply)) {
      process.stderr.write(`${renderReply(reply)}\n`);
      return EXIT_REFUSED;
    }
    process.stdout.write(json ? `${JSON.stringify(reply.data ?? reply, null, 2)}\n` : `${renderReply(reply)}\n`);
    return 0;
  } finally {
    core.close();
  }
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message ?? String(error)}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
