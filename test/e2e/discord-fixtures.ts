import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscordAdapter } from '../../adapters/discord/client';
import { type Core, openCore } from '../../app/core';
import { openFactBase } from '../../src/fact-base';
import { createSilentLogger } from '../../src/logger';
import { TODAY } from '../helpers/core';
import { loadSeedBundle } from '../../src/seed';
import { GUILD_ID } from './discord-interactions';
import { startDiscordStandIn } from './discord-stand-in';

/** A fact whose text tries to ping everyone and a role. */
export const MENTION_FACT_ID = 'F900';
export const MENTION_ROLE = '<@&1500000000000000001>';

/**
 * Opens a real core on a fresh SQLite file: the seed data plus one fact with mentions in its text,
 * written through the store's own seeding rather than any command. `cleanup` removes the file.
 */
export async function openTestCore(): Promise<Core & { cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const path = join(dir, 'briefbot.db');
  const seed = loadSeedBundle();
  const mentionFact = {
    id: MENTION_FACT_ID,
    statement: `@everyone ${MENTION_ROLE} **urgent**: the Tajik border is 1,357 km long`,
    quote: 'Tajikistan, which shares a 1,357-kilometer border',
    source: 'S1',
    period: { start: null, end: null },
    entities: ['Tajikistan'],
    status: 'active' as const,
  };
  await (await openFactBase({ path, seed: () => ({ ...seed, facts: [...seed.facts, mentionFact] }), now: () => TODAY })).close();
  const core = await openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY });
  return {
    ...core,
    cleanup: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The Discord stand-in, a real core (with the mention fact) and the real discord.js client on the
 * adapter, answering from that core, with GUILD_ID as the one moderation server; `close` stops all three.
 */
export async function startDiscordHarness() {
  const standIn = await startDiscordStandIn();
  const core = await openTestCore();
  const adapter = await startDiscordAdapter({
    dispatch: core.dispatch,
    specs: core.specs,
    autocomplete: core.autocomplete,
    config: { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [], moderatorGuildIds: [GUILD_ID] },
    logger: createSilentLogger(),
  });
  return {
    standIn,
    core,
    async close(): Promise<void> {
      await adapter.stop();
      await standIn.close();
      await core.cleanup();
    },
  };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;
