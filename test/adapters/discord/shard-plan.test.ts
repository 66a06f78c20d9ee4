import { describe, expect, it } from 'vitest';
import { loadShardPlan } from '../../../adapters/discord/shard-plan';

describe("a host's share of the Discord shards", () => {
  it('is unset without DISCORD_SHARD_COUNT, so one host runs the recommended count', () => {
    expect(loadShardPlan({})).toBeUndefined();
  });

  it('is every shard when only the count is set', () => {
    expect(loadShardPlan({ DISCORD_SHARD_COUNT: '3' })).toEqual({ totalShards: 3, shardList: [0, 1, 2] });
  });

  it('reads numbers and ranges, in order and without repeats', () => {
    expect(loadShardPlan({ DISCORD_SHARD_COUNT: '8', DISCORD_SHARDS: '6, 0-2,1' })).toEqual({ totalShards: 8, shardList: [0, 1, 2, 6] });
  });

  it('refuses a list without the total, a shard past it, and text that is not a list, naming the variable', () => {
    expect(() => loadShardPlan({ DISCORD_SHARDS: '0-1' })).toThrow(/DISCORD_SHARDS needs DISCORD_SHARD_COUNT/);
    expect(() => loadShardPlan({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARDS: '2-4' })).toThrow(/DISCORD_SHARDS names shard 4, but shards are numbered 0 to 3/);
    expect(() => loadShardPlan({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARDS: 'all' })).toThrow(/DISCORD_SHARDS must list shard numbers and ranges/);
    expect(() => loadShardPlan({ DISCORD_SHARD_COUNT: '0' })).toThrow(/DISCORD_SHARD_COUNT/);
    expect(() => loadShardPlan({ DISCORD_SHARD_COUNT: '99999' })).toThrow(/DISCORD_SHARD_COUNT must be at most 4096/);
  });
});
