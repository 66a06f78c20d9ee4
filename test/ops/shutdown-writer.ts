// A serving process for the shutdown test: writes facts back to back until SIGTERM, with the
// same shutdown as app/main.ts. Usage: tsx test/ops/shutdown-writer.ts <database> [hold-reader]
// With hold-reader a second connection keeps a read open, so the shutdown's checkpoint cannot finish.
import Database from 'better-sqlite3';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { createShutdown } from '../../src/ops/shutdown';

const core = await openCore({ databasePath: process.argv[2]!, logger: createSilentLogger(), busyTimeoutMs: 100 });
if (process.argv[3] === 'hold-reader') {
  const reader = new Database(process.argv[2]!);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM facts').get();
}
const shutdown = createShutdown({ drain: core.drain, stops: [], closeDatabase: core.close, logger: createSilentLogger(), timeoutMs: 5000 });
process.on('SIGTERM', () => void shutdown('SIGTERM').then((code) => process.exit(code)));
const caller = { platform: 'cli' as const, userId: 'writer', displayName: 'Writer', isModerator: true };
for (let i = 0; ; i++) {
  const reply = await core.dispatch(
    'fact add',
    { statement: `Shutdown test incident ${i} in Khost.`, quote: `incident ${i}`, source: 'S3', entities: 'Khost' },
    caller,
  );
  if (reply.blocks.some((block) => block.kind === 'notice' && block.level === 'error')) break;
  if (i === 20) process.stdout.write('writing\n');
  // Commands arrive as I/O events in a real server; yielding here lets the signal in the same way.
  await new Promise((resolve) => setImmediate(resolve));
}
