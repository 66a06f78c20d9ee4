import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/client';
import type { DiscordConfig } from '../../adapters/discord/config';
import { NO_PAGES } from '../helpers/no-pages';
import { GUILD_ID } from './discord-interactions';
import { startDiscordStandIn } from './discord-stand-in';

/** Starts the real adapter against the stand-in with `moderation` and returns the warnings it logged. */
async function startAndCollectWarnings(moderation: Pick<DiscordConfig, 'moderatorRoleIds' | 'moderatorGuildIds'>): Promise<string[]> {
  const standIn = await startDiscordStandIn();
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push((JSON.parse(line) as { msg: string }).msg) });
  const adapter = await startDiscordAdapter({
    dispatch: async () => ({ outcome: 'ok', visibility: 'private', blocks: [] }),
    specs: [],
    autocomplete: async () => [],
    pager: NO_PAGES,
    config: { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, ...moderation },
    logger,
  });
  await adapter.stop();
  await standIn.close();
  return warnings;
}

describe('Discord start-up without moderators', () => {
  it('warns that nobody can moderate, naming the variables to set', async () => {
    const warnings = await startAndCollectWarnings({ moderatorRoleIds: [], moderatorGuildIds: [] });
    expect(
      warnings.some((message) => message.includes('nobody can change the fact base from Discord') && message.includes('DISCORD_MODERATOR_GUILD_IDS')),
    ).toBe(true);
  });

  it('says nothing when a moderation server is set', async () => {
    expect(await startAndCollectWarnings({ moderatorRoleIds: [], moderatorGuildIds: [GUILD_ID] })).toEqual([]);
  });
});
