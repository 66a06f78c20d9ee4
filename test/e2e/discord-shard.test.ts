import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShardingManager } from 'discord.js';
import { startShardingManager } from '../../adapters/discord/shard';
import { createSilentLogger } from '../../src/logger';
import { type DiscordStandIn, startDiscordStandIn } from './discord-stand-in';

const CHILD = new URL('./discord-shard-child.ts', import.meta.url).pathname;
const VARIABLES = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_API_URL'] as const;

let standIn: DiscordStandIn;
const managers: ShardingManager[] = [];
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  // Shard processes inherit this process's environment; that is how they find the stand-in.
  Object.assign(process.env, { DISCORD_TOKEN: 'stand-in-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl });
});

afterAll(async () => {
  for (const shard of managers.flatMap((manager) => [...manager.shards.values()])) shard.kill();
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await standIn?.close();
});

describe('start:sharded', () => {
  it('asks the configured REST base for the shard count and starts each shard as its own connected process', async () => {
    const config = { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [] };
    const manager = await startShardingManager({ config, logger: createSilentLogger(), file: CHILD });
    managers.push(manager);
    expect(standIn.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThanOrEqual(2);
    expect(manager.shards.size).toBe(1);
    expect(standIn.identifies).toEqual([expect.objectContaining({ shard: [0, 1] })]);
  }, 20_000);

  it("runs only this host's part of the shards, telling Discord the total across every host", async () => {
    const config = { token: 'stand-in-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [] };
    standIn.identifies.length = 0;
    const manager = await startShardingManager({ config, logger: createSilentLogger(), file: CHILD, plan: { totalShards: 3, shardList: [2] } });
    managers.push(manager);
    expect([...manager.shards.keys()]).toEqual([2]);
    expect(standIn.identifies).toEqual([expect.objectContaining({ shard: [2, 3] })]);
  }, 20_000);
});
