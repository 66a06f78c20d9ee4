import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../app/core';
import { createSilentLogger } from '../src/logger';
import type { BurstResult } from './burst-result';
import { runDiscordBurst } from './discord-burst';
import { loadQuestions } from './questions';
import { type SequentialResult, runSequentialAsks } from './sequential-asks';
import { runSlackBurst } from './slack-burst';

/** How hard to push: commands sent at once on each platform, then asks in a row. */
export interface LoadOptions {
  slackConcurrent: number;
  discordConcurrent: number;
  sequentialAsks: number;
}

/** Everything a load run measured. */
export interface LoadReport {
  options: LoadOptions;
  slack: BurstResult;
  discord: BurstResult;
  sequential: SequentialResult;
}

/**
 * Runs the load scenario on loopback against one real core on a fresh seeded database, with the
 * default rate limits (every simulated person is distinct, so none is limited): a burst of Slack
 * slash commands through the real Bolt HTTP receiver, a burst of Discord interactions through the
 * real discord.js client, then sequential asks through dispatch with RSS sampled around them.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-load-'));
  const core = await openCore({ databasePath: join(dir, 'briefbot.db'), logger: createSilentLogger() });
  try {
    const questions = loadQuestions();
    const slack = await runSlackBurst(core, questions, options.slackConcurrent);
    const discord = await runDiscordBurst(core, questions, options.discordConcurrent);
    const sequential = await runSequentialAsks(core.dispatch, questions, options.sequentialAsks);
    return { options, slack, discord, sequential };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
