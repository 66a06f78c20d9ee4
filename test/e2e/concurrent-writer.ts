// A separate OS process writing to a shared base as a moderator, for the concurrency and crash
// tests: even writes add a fact, odd ones edit one of a few facts every writer edits, so the
// processes contend for the same rows. The base comes from the environment as the bot's does
// (BRIEFBOT_DB, or BRIEFBOT_DATABASE_URL and BRIEFBOT_DATABASE_SCHEMA).
// Usage: tsx test/e2e/concurrent-writer.ts <writer> <count>
import { openConfiguredCore } from '../../app/core';
import { loadConfig } from '../../src/config';
import { createSilentLogger } from '../../src/logger';

// The facts every writer edits.
const SHARED_FACTS = ['F33', 'F34', 'F35'];

const [writer, count] = process.argv.slice(2);
const core = await openConfiguredCore(loadConfig(), createSilentLogger());
const caller = { platform: 'cli' as const, userId: `writer-${writer}`, displayName: `Writer ${writer}`, isModerator: true };
const refusals: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const reply =
    i % 2 === 0
      ? await core.dispatch(
          'fact add',
          { statement: `Writer ${writer} logged incident ${i} near Khost.`, quote: `incident ${i}`, source: 'S3', entities: 'Khost' },
          caller,
        )
      : await core.dispatch(
          'fact edit',
          {
            id: SHARED_FACTS[((i - 1) / 2) % SHARED_FACTS.length]!,
            statement: `A shared fact, as writer ${writer} put it in write ${i}.`,
            reason: `write ${i}`,
          },
          caller,
        );
  for (const block of reply.blocks) if (block.kind === 'notice' && block.level === 'error') refusals.push(block.text);
}
await core.close();
process.stdout.write(JSON.stringify({ refusals }));
