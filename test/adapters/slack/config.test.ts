import { describe, expect, it, vi } from 'vitest';
import { loadSlackConfig } from '../../../adapters/slack/config';
import { resolveTeamId } from '../../../adapters/slack/workspace';

const BOT = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };

describe('Slack configuration', () => {
  it('leaves the adapter off when no Slack variable is set, empty ones included', () => {
    expect(loadSlackConfig({ BRIEFBOT_DB: 'x.db', SLACK_APP_TOKEN: '' })).toBeUndefined();
  });

  it('serves HTTP on port 3000 with the signing secret when there is no app token', () => {
    expect(loadSlackConfig({ ...BOT, SLACK_SIGNING_SECRET: 'secret' })).toEqual({
      botToken: 'xoxb-1-2-abc',
      connection: { mode: 'http', signingSecret: 'secret', port: 3000 },
      moderatorIds: [],
    });
  });

  it('uses Socket Mode when an app token is set, needing no signing secret', () => {
    expect(loadSlackConfig({ ...BOT, SLACK_APP_TOKEN: 'xapp-1-abc' })?.connection).toEqual({ mode: 'socket', appToken: 'xapp-1-abc' });
  });

  it('reads the port, the Web API address and the moderators', () => {
    const config = loadSlackConfig({
      ...BOT,
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9000/api',
      SLACK_MODERATOR_IDS: ' U012AB3CD , W045EF6GH',
      SLACK_MODERATOR_GROUP: 'S0614TZR7',
    });
    expect(config).toMatchObject({
      connection: { port: 8080 },
      apiUrl: 'http://127.0.0.1:9000/api/',
      moderatorIds: ['U012AB3CD', 'W045EF6GH'],
      moderatorGroup: 'S0614TZR7',
    });
  });

  it('reads the workspace to serve, refusing a value that is not a team id', async () => {
    const config = loadSlackConfig({ ...BOT, SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_TEAM_ID: 'T0123ABCD' });
    expect(config?.teamId).toBe('T0123ABCD');
    const authTest = vi.fn(async () => ({ ok: true, team_id: 'T0TOKEN' }));
    expect(await resolveTeamId(config?.teamId, { auth: { test: authTest } } as never)).toBe('T0123ABCD');
    expect(authTest).not.toHaveBeenCalled();
    expect(await resolveTeamId(undefined, { auth: { test: authTest } } as never)).toBe('T0TOKEN');
    expect(() => loadSlackConfig({ ...BOT, SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_TEAM_ID: 'my-workspace' })).toThrow(
      /SLACK_TEAM_ID must be a workspace \(team\) id/,
    );
  });

  it('names the missing bot token when only some Slack variables are set', () => {
    expect(() => loadSlackConfig({ SLACK_SIGNING_SECRET: 'secret' })).toThrow(/^Configuration error: SLACK_BOT_TOKEN is required/);
  });

  it('names the missing signing secret in HTTP mode and offers Socket Mode instead', () => {
    expect(() => loadSlackConfig(BOT)).toThrow(/SLACK_SIGNING_SECRET is required in HTTP mode.*or set SLACK_APP_TOKEN/);
  });

  it('names every malformed variable without echoing its value', () => {
    let message = '';
    try {
      loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'secret-app', SLACK_PORT: 'http', SLACK_MODERATOR_GROUP: '@mods' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_PORT', 'SLACK_MODERATOR_GROUP']) expect(message).toContain(name);
    expect(message).not.toContain('xoxp-user-token');
    expect(message).not.toContain('secret-app');
  });
});
