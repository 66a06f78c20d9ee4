import * as z from 'zod';
import { readEnv } from '../../src/read-env';

/**
 * Which shards this host runs. Several hosts split one bot's shards between them: each is told
 * the total count across all hosts and its own part of the list, so Discord routes every server
 * to exactly one process.
 */
export interface ShardPlan {
  totalShards: number;
  shardList: number[];
}

// Digits only: "0-3" and "0,1,2,3" both mean shards 0 to 3; a range is at most this long, so a typo
// such as "0-99999999" cannot ask for millions of processes.
const MAX_SHARDS = 4096;

function expand(part: string): number[] {
  const [from, to = from] = part.split('-').map((bound) => Number(bound));
  return Array.from({ length: to! - from! + 1 }, (_, offset) => from! + offset);
}

const shardList = z
  .string()
  .trim()
  .regex(/^\d{1,4}(-\d{1,4})?(\s*,\s*\d{1,4}(-\d{1,4})?)*$/, 'must list shard numbers and ranges, such as 0-3 or 0,2,4')
  .transform((text) => [...new Set(text.split(',').flatMap((part) => expand(part.trim())))].sort((a, b) => a - b));

const schema = z
  .object({
    DISCORD_SHARD_COUNT: z.coerce.number().int().min(1).max(MAX_SHARDS, `must be at most ${MAX_SHARDS}`).optional(),
    DISCORD_SHARDS: shardList.optional(),
  })
  .superRefine((values, context) => {
    // zod runs this even when a field failed its own check; such a field has been reported already.
    if (!Array.isArray(values.DISCORD_SHARDS)) return;
    if (values.DISCORD_SHARD_COUNT === undefined)
      context.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: 'needs DISCORD_SHARD_COUNT, the number of shards across every host' });
    const outside = values.DISCORD_SHARDS.find((shard) => shard >= (values.DISCORD_SHARD_COUNT ?? Infinity));
    if (outside !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['DISCORD_SHARDS'],
        message: `names shard ${outside}, but shards are numbered 0 to ${values.DISCORD_SHARD_COUNT! - 1} (DISCORD_SHARD_COUNT)`,
      });
  });

/**
 * This host's shards from DISCORD_SHARD_COUNT and DISCORD_SHARDS: undefined when the count is not
 * set (one host runs Discord's recommended count); every shard when only the count is set.
 */
export function loadShardPlan(env: NodeJS.ProcessEnv = process.env): ShardPlan | undefined {
  const values = readEnv(schema, env, { advice: 'See "Running on several hosts" in the README.' });
  if (values.DISCORD_SHARD_COUNT === undefined) return undefined;
  const totalShards = values.DISCORD_SHARD_COUNT;
  return { totalShards, shardList: values.DISCORD_SHARDS ?? Array.from({ length: totalShards }, (_, shard) => shard) };
}
