import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/app';
import type { Caller } from '../../src/caller';
import type { Dispatch } from '../../src/dispatch';
import { createSilentLogger } from '../../src/logger';
import { createOpsRoutes } from '../../src/ops/routes';
import { createMetrics } from '../../src/ops/metrics';
import { openTestCore } from '../helpers/core';
import { interactionForm, postToApp, signSlackRequest, slashCommandForm, startResponseUrlStandIn, startWebApiStandIn } from './slack-stand-ins';

/**
 * The real Bolt app over HTTP against the Web API and response_url stand-ins: requests from
 * another workspace are refused, callers carry their workspace and channel, and the moderator
 * group stops counting once it has been unreadable for too long.
 */

const SECRET = 'trust-signing-secret';
const OWN_TEAM = 'T0001';
const OTHER_TEAM = 'T0OTHER';
const MODERATOR = 'UMOD0001';
const GROUP_MEMBER = 'UGRP0001';

let core: Awaited<ReturnType<typeof openTestCore>>;
let api: Awaited<ReturnType<typeof startWebApiStandIn>>;
let responses: Awaited<ReturnType<typeof startResponseUrlStandIn>>;
let adapter: SlackAdapter;
let appUrl: string;
let groupFails = false;
const callers: Caller[] = [];

beforeAll(async () => {
  // Only Date is faked, so the moderator cache can be aged without waiting; timers run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  core = await openTestCore();
  api = await startWebApiStandIn({
    'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: OWN_TEAM }),
    'views.open': () => ({ ok: true, view: { id: 'V0001' } }),
    'usergroups.users.list': () => (groupFails ? { ok: false, error: 'ratelimited' } : { ok: true, users: [GROUP_MEMBER] }),
  });
  responses = await startResponseUrlStandIn();
  const dispatch: Dispatch = async (name, options, caller) => {
    callers.push(caller);
    return core.dispatch(name, options, caller);
  };
  const running: SlackAdapter[] = [];
  const routes = await createOpsRoutes({
    base: core.base,
    adapters: () => running.map((slack) => ({ name: 'slack', ...slack })),
    metrics: createMetrics(core.base),
  });
  adapter = await startSlackAdapter({
    dispatch,
    specs: core.specs,
    config: {
      botToken: 'xoxb-trust',
      connection: { mode: 'http', signingSecret: SECRET, port: 0 },
      apiUrl: api.url,
      moderatorIds: [MODERATOR],
      moderatorGroup: 'SMODS01',
    },
    logger: createSilentLogger(),
    host: '127.0.0.1',
    routes,
  });
  running.push(adapter);
  appUrl = `http://127.0.0.1:${adapter.port}`;
});

afterEach(() => {
  groupFails = false;
});

afterAll(async () => {
  vi.useRealTimers();
  await adapter?.stop();
  await api?.close();
  await responses?.close();
  await core?.cleanup();
});

const post = (body: string) => postToApp(`${appUrl}/slack/events`, body, signSlackRequest(SECRET, body));
const textOf = (value: unknown): string => JSON.stringify(value);

async function slash(command: string, text: string, userId: string, teamId = OWN_TEAM): Promise<unknown[]> {
  const responseUrl = responses.newUrl();
  expect((await post(slashCommandForm({ command, text, userId, responseUrl, teamId }))).status).toBe(200);
  return responses.waitForPosts(responseUrl);
}

// What every interaction payload says about where it comes from and who sent it.
function envelope(type: string, teamId: string, triggerId: string) {
  return {
    type,
    team: { id: teamId, domain: 'elsewhere' },
    user: { id: MODERATOR, username: 'mod', name: 'mod', team_id: teamId },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    trigger_id: triggerId,
  };
}

function buttonPayload(teamId: string, responseUrl: string) {
  const value = JSON.stringify({ c: 'brief fact', o: { id: 'F33' } });
  return {
    ...envelope('block_actions', teamId, 'trigger-button'),
    container: { type: 'message', message_ts: '1.2', channel_id: 'C0042', is_ephemeral: true },
    channel: { id: 'C0042', name: 'briefing' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: 'briefbot:more', block_id: 'b1', value, action_ts: '1.3' }],
  };
}

function formPayload(teamId: string, responseUrl: string, statement: string) {
  const values = { statement, quote: 'a quote for the trust test', source: 'S3' };
  const state = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value: { type: 'plain_text_input', value } }]));
  return {
    ...envelope('view_submission', teamId, 'trigger-submit'),
    view: {
      id: 'V0001',
      team_id: teamId,
      type: 'modal',
      callback_id: 'briefbot:form',
      private_metadata: JSON.stringify({ c: 'fact add', r: responseUrl }),
      state: { values: state },
      hash: 'h',
    },
  };
}

describe('Slack requests from another workspace', () => {
  it('refuses a slash command, even a moderator’s, and runs nothing', async () => {
    const before = callers.length;
    const facts = (await core.base.bundles.read()).facts.length;
    const messages = await slash('/fact', 'add --statement "A fact from elsewhere" --quote "elsewhere" --source S3', MODERATOR, OTHER_TEAM);
    expect(textOf(messages)).toContain('This briefbot serves one Slack workspace');
    expect(callers.length).toBe(before);
    expect((await core.base.bundles.read()).facts.length).toBe(facts);
  });

  it('refuses a button press and runs nothing', async () => {
    const before = callers.length;
    const responseUrl = responses.newUrl();
    expect((await post(interactionForm(buttonPayload(OTHER_TEAM, responseUrl)))).status).toBe(200);
    expect(textOf(await responses.waitForPosts(responseUrl))).toContain('This briefbot serves one Slack workspace');
    expect(callers.length).toBe(before);
  });

  it('sends a form back with the refusal and adds nothing', async () => {
    const before = await core.base.bundles.read();
    const ack = await post(interactionForm(formPayload(OTHER_TEAM, responses.newUrl(), 'A form fact from elsewhere')));
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.text)).toMatchObject({ response_action: 'update' });
    expect(ack.text).toContain('This briefbot serves one Slack workspace');
    expect(await core.base.bundles.read()).toEqual(before);
  });

  it('serves its own workspace, with the workspace and channel on the caller', async () => {
    expect(textOf(await slash('/brief', 'fact F33', 'UMEM0001'))).toContain('F33');
    expect(callers.at(-1)).toMatchObject({ platform: 'slack', userId: 'UMEM0001', workspaceId: OWN_TEAM, channelId: 'C0001' });
    const responseUrl = responses.newUrl();
    await post(interactionForm(buttonPayload(OWN_TEAM, responseUrl)));
    await responses.waitForPosts(responseUrl);
    expect(callers.at(-1)).toMatchObject({ workspaceId: OWN_TEAM, channelId: 'C0042' });
  });
});

describe('the Slack moderator group when it cannot be read', () => {
  const health = async () => {
    const response = await fetch(`${appUrl}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('keeps its members through the grace period, then counts only SLACK_MODERATOR_IDS and reports Slack degraded', async () => {
    expect(textOf(await slash('/review', 'list', GROUP_MEMBER))).not.toContain('Only moderators');
    groupFails = true;
    vi.setSystemTime(Date.now() + 6 * 60_000);
    expect(textOf(await slash('/review', 'list', GROUP_MEMBER))).not.toContain('Only moderators');
    expect((await health()).status).toBe(200);
    vi.setSystemTime(Date.now() + 31 * 60_000);
    expect(textOf(await slash('/review', 'list', GROUP_MEMBER))).toContain('Only moderators');
    expect(textOf(await slash('/review', 'list', MODERATOR))).not.toContain('Only moderators');
    const degraded = await health();
    expect(degraded.status).toBe(503);
    expect(degraded.body).toMatchObject({ ok: false, adapters: { slack: 'degraded' }, degraded: { slack: expect.stringContaining('SMODS01') } });
    groupFails = false;
    expect(textOf(await slash('/review', 'list', GROUP_MEMBER))).not.toContain('Only moderators');
    expect((await health()).status).toBe(200);
  });
});
