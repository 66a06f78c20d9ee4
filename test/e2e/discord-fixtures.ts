import { startDiscordAdapter } from '../../adapters/discord/client';
import { type Core, openCore } from '../../app/core';
import { openFactBase } from '../../src/fact-base';
import { createSilentLogger } from '../../src/logger';
import { type StoreUnderTest, SQLITE, type TestBase } from '../helpers/bases-under-test';
import { TODAY } from '../helpers/core';
import { loadSeedBundle } from '../../src/seed';
import { GUILD_ID } from './discord-interactions';
import { startDiscordStandIn } from './discord-stand-in';

/** A fact whose text tries to ping everyone and a role. */
export const MENTION_FACT_ID = 'F900';
export const MENTION_ROLE = '<@&1500000000000000001>';

/**
 * A fresh base on `store` (a SQLite file by default) holding the seed data plus one fact with
 * mentions in its text, written through the store's own seeding rather than any command.
 */
async function createTestBase(store: StoreUnderTest): Promise<TestBase> {
  const base = await store.create();
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
  const { databasePath, ...server } = base.location;
  await (await openFactBase({ path: databasePath, ...server, seed: () => ({ ...seed, facts: [...seed.facts, mentionFact] }), now: () => TODAY })).close();
  return base;
}

const openCoreOn = (base: TestBase): Promise<Core> => openCore({ ...base.location, logger: createSilentLogger(), now: () => TODAY });

/** Opens a real core on a fresh SQLite file with the mention fact; `cleanup` removes the file. */
export async function openTestCore(): Promise<Core & { cleanup(): Promise<void> }> {
  const base = await createTestBase(SQLITE);
  const core = await openCoreOn(base);
  return {
    ...core,
    cleanup: async () => {
      await core.close();
      await base.drop();
    },
  };
}

/**
 * The Discord stand-in, a real core (with the mention fact) on a base of `store` (SQLite by
 * default) and the real discord.js client on the adapter, answering from that core, with GUILD_ID
 * as the one moderation server. `restart` stops the adapter and closes the core, then opens both
 * again on the same base, as a restarted bot would; `close` stops all three and drops the base.
 */
export async function startDiscordHarness(store: StoreUnderTest = SQLITE) {
  const standIn = await startDiscordStandIn();
  const base = await createTestBase(store);
  const start = async () => {
    const core = await openCoreOn(base);
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
      await base.drop();
    },
  };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;
