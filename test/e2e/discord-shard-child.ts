// One shard process for the sharding test: the real adapter against the stand-in, with a core
// that only says hello, since the test is about how shards connect, not about answers.
import { startDiscordAdapter } from '../../adapters/discord/client';
import { loadDiscordConfig } from '../../adapters/discord/config';
import { createSilentLogger } from '../../src/logger';
import { noticeReply } from '../../src/reply';
import { NO_PAGES } from '../helpers/no-pages';

const config = loadDiscordConfig();
if (!config) throw new Error('the sharding test sets the DISCORD_ variables');
await startDiscordAdapter({
  dispatch: async () => noticeReply('info', 'hello from a shard'),
  specs: [],
  autocomplete: async () => [],
  pager: NO_PAGES,
  config,
  logger: createSilentLogger(),
});
