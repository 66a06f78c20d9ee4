import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
 * A fresh SQLite file holding the seed data plus one fact with mentions in its text, written
 * through the store's own seeding rather than any command.
 */
async function createTestBaseFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'briefbot-discord-')), 'briefbot.db');
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
  return path;
}

const openCoreOn = (path: string): Promise<Core> => openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY });

/** Opens a real core on a fresh SQLite file with the mention fact; `cleanup` removes the file. */
export async function openTestCore(): Promise<Core & { cleanup(): Promise<void> }> {
  const path = await createTestBaseFile();
  const core = await openCoreOn(path);
  return {
    ...core,
    cleanup: async () => {
      await core.close();
      rmSync(dirname(path), { recursive: true, force: true });
    },
  };
}

/**
 * The Discord stand-in, a real core (with the mention fact) and the real discord.js client on the
 * adapter, answering from that core, with GUILD_ID as the one moderation server. `restart` stops
 * the adapter and closes the core, then opens both again on the same file, as a restarted bot
 * would; `close` stops all three.
 */
export async function startDiscordHarness() {
  const standIn = await startDiscordStandIn();
  const path = await createTestBaseFile();
  const start = async () => {
    const core = await openCoreOn(path);
    const adapter = await startDiscordAdapter({
      dispatch: core.dispatch,
      specs: core.specs,
      autocomplete: core.autocomplete,
      pager: core.pages,
      config: { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [], moderatorGuildIds: [GUILD_ID] },
      logger: createSilentLogger(),
    });
    return { core, adapter };
  };
  let running = await start();
  const stop = async (): Promise<void> => {
    await running.adapter.stop();
    await running.core.close();
  };
  return {
    standIn,
    /** The core answering now (a new one after `restart`). */
    get core(): Core {
      return running.core;
    },
    async restart(): Promise<void> {
      await stop();
      running = await start();
    },
    async close(): Promise<void> {
      await stop();
      await standIn.close();
      rmSync(dirname(path), { recursive: true, force: true });
    },
  };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;
