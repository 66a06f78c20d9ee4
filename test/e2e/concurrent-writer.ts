// A separate OS process that adds facts to a shared database file, for the concurrency test.
// Usage: tsx test/e2e/concurrent-writer.ts <database> <writer> <count>
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';

const [path, writer, count] = process.argv.slice(2);
const core = await openCore({ databasePath: path!, logger: createSilentLogger() });
const caller = { platform: 'cli' as const, userId: `writer-${writer}`, displayName: `Writer ${writer}`, isModerator: true };
const refusals: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const reply = await core.dispatch(
    'fact add',
    { statement: `Writer ${writer} logged incident ${i} near Khost.`, quote: `incident ${i}`, source: 'S3', entities: 'Khost' },
    caller,
  );
  for (const block of reply.blocks) if (block.kind === 'notice' && block.level === 'error') refusals.push(block.text);
}
await core.close();
process.stdout.write(JSON.stringify({ refusals }));
