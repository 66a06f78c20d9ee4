// A separate OS process that edits one field of one fact over and over, for the lost-update test.
// The base comes from the environment as the bot's does (BRIEFBOT_DB, or BRIEFBOT_DATABASE_URL and
// BRIEFBOT_DATABASE_SCHEMA).
// Usage: tsx test/e2e/concurrent-editor.ts <field> <count> <start at, ms since the epoch>
import { openConfiguredCore } from '../../app/core';
import { loadConfig } from '../../src/config';
import { createSilentLogger } from '../../src/logger';

const [field, count, startAt] = process.argv.slice(2);
const core = await openConfiguredCore(loadConfig(), createSilentLogger());
const caller = { platform: 'cli' as const, userId: `editor-${field}`, displayName: `Editor ${field}`, isModerator: true };
const refusals: string[] = [];
// Both editors start together, so their edits interleave.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
for (let i = 0; i < Number(count); i++) {
  const value = field === 'statement' ? `Tajikistan shares a border with Afghanistan (edit ${i}).` : `${2000 + (i % 25)}`;
  const reply = await core.dispatch('fact edit', { id: 'F33', [field!]: value, reason: `edit ${i}` }, caller);
  for (const block of reply.blocks) if (block.kind === 'notice' && block.level === 'error') refusals.push(block.text);
}
await core.close();
process.stdout.write(JSON.stringify({ refusals }));
