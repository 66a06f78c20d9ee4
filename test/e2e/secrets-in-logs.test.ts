import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/client';
import { startSlackAdapter } from '../../adapters/slack/app';
import { openCore } from '../../app/core';
import { MODERATOR, buildCommandInteraction } from './discord-interactions';
import { startDiscordStandIn } from './discord-stand-in';
import { postToApp, signSlackRequest, slashCommandForm, startResponseUrlStandIn, startWebApiStandIn } from './slack-stand-ins';

const SLACK_BOT_TOKEN = 'xoxb-000-SECRET-BOT-TOKEN-7f3a';
const SLACK_SIGNING_SECRET = 'SECRET-SIGNING-9c1d';
const DISCORD_TOKEN = 'SECRET-DISCORD-TOKEN-4b2e';
// The text of a question is the person's own words: only the command name may reach the logs.
const QUESTION_MARKER = 'zebrafinch';

describe('the logs of a full run on both platforms, at the most verbose level', () => {
  it('hold neither the configured secrets nor the text people typed', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write: (chunk, _encoding, done) => {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const core = await openCore({ databasePath: ':memory:', logger });
    const api = await startWebApiStandIn({ 'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }) });
    const responses = await startResponseUrlStandIn();
    const discordStandIn = await startDiscordStandIn();
    const slack = await startSlackAdapter({
      dispatch: core.dispatch,
      specs: core.specs,
      config: {
        botToken: SLACK_BOT_TOKEN,
        connection: { mode: 'http', signingSecret: SLACK_SIGNING_SECRET, port: 0 },
        apiUrl: api.url,
        moderatorIds: [],
        moderatorGroup: undefined,
      },
      logger,
      host: '127.0.0.1',
    });
    const discord = await startDiscordAdapter({
      dispatch: core.dispatch,
      specs: core.specs,
      autocomplete: core.autocomplete,
      pager: core.pages,
      config: { token: DISCORD_TOKEN, applicationId: discordStandIn.applicationId, apiUrl: discordStandIn.apiUrl, moderatorRoleIds: [] },
      logger,
    });
    try {
      const responseUrl = responses.newUrl();
      const body = slashCommandForm({ command: '/brief', text: `Darvoz attack ${QUESTION_MARKER}`, userId: 'U1', responseUrl });
      expect((await postToApp(`http://127.0.0.1:${slack.port}/slack/events`, body, signSlackRequest(SLACK_SIGNING_SECRET, body))).status).toBe(200);
      await responses.waitForPosts(responseUrl);
      const interaction = buildCommandInteraction(discordStandIn.applicationId, 'brief ask', { question: `Darvoz attack ${QUESTION_MARKER}` }, MODERATOR);
      discordStandIn.dispatchInteraction(interaction);
      await discordStandIn.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(interaction.token));
    } finally {
      await slack.stop();
      await discord.stop();
      await Promise.all([api.close(), responses.close(), discordStandIn.close()]);
      await core.close();
    }
    const log = lines.join('');
    expect(log).toMatch(/"command":"brief ask"/);
    for (const secret of [SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN, QUESTION_MARKER]) expect(log).not.toContain(secret);
  });
});
