import { commandSpecs } from '../commands';
import { parseCommand } from '../adapters/text-command/parse-command';
import { renderReply } from '../adapters/terminal/render';
import { loadConfig, loadDotEnv } from '../src/config';
import { openConfiguredCore } from './core';
import { createLogger } from '../src/logger';
import { localOperator } from '../src/operator';
import { createProgressReporter } from '../src/ops/progress-reporter';

/** Exit codes: 0 answered, 1 the command refused (bad input, unknown id…), 2 could not start. */
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;

/**
 * Operator commands that run before (or instead of) opening the fact base: the chat platforms'
 * set-up, generated from the command definitions, and copying a base between stores. Their
 * libraries load only here, so other commands start without them.
 */
async function runSetupCommand(name: string, args: string[]): Promise<string | undefined> {
  if (name === 'slack-manifest') {
    const [{ renderSlackManifest }, { botScopesFor, describeScopes }] = await Promise.all([
      import('../adapters/slack/manifest'),
      import('../adapters/slack/manifest-scopes'),
    ]);
    const settings = { moderatorGroup: process.env.SLACK_MODERATOR_GROUP };
    const manifest = renderSlackManifest(commandSpecs, args, settings);
    process.stderr.write(describeScopes(botScopesFor(settings)));
    return manifest;
  }
  if (name === 'discord-register') return `${await (await import('../adapters/discord/register')).runDiscordRegister(args, { specs: commandSpecs })}\n`;
  // Moving the base between stores opens both itself, and must not seed the SQLite file it fills.
  if (name === 'copy') return (await import('./copy-command')).runCopyCommand(args, loadConfig());
  return undefined;
}

/** Runs one command line against the fact base and prints its reply; returns the exit code. */
async function runCommand(words: string[], json: boolean): Promise<number> {
  const parsed = parseCommand(words, commandSpecs, 'shell');
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return EXIT_REFUSED;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, pretty: false });
  const progress = createProgressReporter(process.stderr);
  const core = await openConfiguredCore(config, logger, { progress: progress.report });
  try {
    const reply = await core.dispatch(parsed.command, parsed.options, localOperator('cli'));
    if (parsed.note) process.stderr.write(`Note: ${parsed.note}\n`);
    if (reply.outcome !== 'ok') {
      process.stderr.write(`${renderReply(reply)}\n`);
      return EXIT_REFUSED;
    }
    process.stdout.write(json ? `${JSON.stringify(reply.data ?? reply, null, 2)}\n` : `${renderReply(reply)}\n`);
    return 0;
  } finally {
    progress.close();
    await core.close();
  }
}

/**
 * One-shot commands: `briefbot ask "length of the Tajik border" [--json]`, or just the question.
 * The words are the same as in the terminal session and after the slash in chat; `--json` prints
 * the command's structured result instead of text.
 */
async function runCli(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((word) => word !== '--json');
  loadDotEnv();
  let setup: string | undefined;
  try {
    setup = await runSetupCommand(words[0] ?? '', words.slice(1));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return EXIT_REFUSED;
  }
  if (setup !== undefined) {
    process.stdout.write(setup);
    return 0;
  }
  return runCommand(words, json);
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
