import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../adapters/slack/app';
import { startSlackAdapter } from '../../adapters/slack/app';
import type { Dispatch } from '../../src/dispatch';
import { createSilentLogger } from '../../src/logger';
import { openTestCore } from '../helpers/core';
import {
  type ApiCall,
  buttonPressPayload,
  interactionForm,
  postToApp,
  signSlackRequest,
  slashCommandForm,
  startResponseUrlStandIn,
  startWebApiStandIn,
  waitFor,
} from './slack-stand-ins';
import { rowsOf } from '../helpers/sqlite-rows';

/**
 * The real Bolt app on its HTTP receiver, a real core on a temp database, and loopback stand-ins
 * for the Slack Web API and response_urls. Requests are signed as Slack signs them.
 */

const SECRET = 'test-signing-secret';
const MODERATOR = 'UMOD0001';
const GROUP_MEMBER = 'UGRP0001';
const MEMBER = 'UMEM0001';

type Message = { response_type?: string; replace_original?: boolean; text?: string; blocks?: { type: string; elements?: unknown[] }[] };

let core: Awaited<ReturnType<typeof openTestCore>>;
let api: Awaited<ReturnType<typeof startWebApiStandIn>>;
let responses: Awaited<ReturnType<typeof startResponseUrlStandIn>>;
let adapter: SlackAdapter;
let eventsUrl: string;
const dispatched: string[] = [];
let hold: Promise<void> | undefined;

beforeAll(async () => {
  core = await openTestCore();
  api = await startWebApiStandIn({
    'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }),
    'views.open': () => ({ ok: true, view: { id: 'V0001' } }),
    'usergroups.users.list': () => ({ ok: true, users: [GROUP_MEMBER] }),
  });
  responses = await startResponseUrlStandIn();
  const dispatch: Dispatch = async (name, options, caller) => {
    dispatched.push(name);
    await hold;
    return core.dispatch(name, options, caller);
  };
  adapter = await startSlackAdapter({
    dispatch,
    specs: core.specs,
    config: {
      botToken: 'xoxb-test',
      connection: { mode: 'http', signingSecret: SECRET, port: 0 },
      apiUrl: api.url,
      moderatorIds: [MODERATOR],
      moderatorGroup: 'SMODS01',
    },
    logger: createSilentLogger(),
    host: '127.0.0.1',
  });
  eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await api?.close();
  await responses?.close();
  await core?.cleanup();
});

async function post(body: string, headers = signSlackRequest(SECRET, body)) {
  return postToApp(eventsUrl, body, headers);
}

/** Runs a slash command as `userId` and returns the messages posted to its response_url. */
async function slash(command: string, text: string, userId: string, count = 1): Promise<Message[]> {
  const responseUrl = responses.newUrl();
  const { status } = await post(slashCommandForm({ command, text, userId, responseUrl }));
  expect(status).toBe(200);
  return (await responses.waitForPosts(responseUrl, count)) as Message[];
}

/** Presses the button with `actionId` found in `message`, as `userId`; returns the response_url the press carried. */
async function pressOnly(message: Message, actionId: string, userId: string): Promise<string> {
  const responseUrl = responses.newUrl();
  const payload = buttonPressPayload(message, actionId, userId, responseUrl);
  expect((await post(interactionForm(payload))).status).toBe(200);
  return responseUrl;
}

/** Presses the button with `actionId` found in `message`, as `userId`, and returns the reply. */
async function press(message: Message, actionId: string, userId: string): Promise<Message> {
  const responseUrl = await pressOnly(message, actionId, userId);
  const [reply] = (await responses.waitForPosts(responseUrl)) as Message[];
  return reply!;
}

const textOf = (messages: Message[]): string => JSON.stringify(messages);
const uniqueWord = (): string => `Zorblax${Math.random().toString(36).slice(2, 8)}`;

describe('Slack adapter over HTTP', () => {
  it('answers a question with the sourced fact in Block Kit at the response_url', async () => {
    const [message] = await slash('/brief', 'length of the Tajik border', MEMBER);
    expect(message!.response_type).toBe('ephemeral');
    const sections = message!.blocks!.filter((block) => block.type === 'section').map((block) => JSON.stringify(block));
    expect(sections.some((text) => text.includes('*F33*') && text.includes('\\n>Tajikistan, which shares a 1,357-kilometer border'))).toBe(true);
    const citation = JSON.stringify(message!.blocks!.find((block) => block.type === 'context'));
    expect(citation).toContain('Zalmai Nishat');
    expect(citation).toContain('2026-02-09');
    expect(citation).toContain('<https://nationalinterest.org|link>');
  });

  it('says which command it ran for a mistyped one, beside the answer', async () => {
    const [message] = await slash('/brief', 'serach madrassas', MEMBER);
    expect(textOf([message!])).toMatch(/brief search/);
    expect(textOf([message!])).toMatch(/serach/);
  });

  it('acknowledges at once and posts the answer when the slow work is done', async () => {
    let release!: () => void;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const responseUrl = responses.newUrl();
    const before = dispatched.length;
    const { status } = await post(slashCommandForm({ command: '/brief', text: 'length of the Tajik border', userId: MEMBER, responseUrl }));
    expect(status).toBe(200);
    await waitFor(() => (dispatched.length > before ? true : undefined), 'the dispatch to start');
    expect(responses.posts.filter((posted) => responseUrl.endsWith(posted.path))).toHaveLength(0);
    hold = undefined;
    release();
    expect(textOf((await responses.waitForPosts(responseUrl)) as Message[])).toContain('F33');
  });

  it('answers a request with a bad signature with 401 and runs nothing', async () => {
    const before = dispatched.length;
    const body = slashCommandForm({ command: '/brief', text: 'TTP', userId: MEMBER, responseUrl: responses.newUrl() });
    const { status } = await post(body, signSlackRequest('not-the-secret', body));
    expect(status).toBe(401);
    expect(dispatched.length).toBe(before);
  });

  it('answers a correctly signed request with a stale timestamp with 401 and runs nothing', async () => {
    const before = dispatched.length;
    const body = slashCommandForm({ command: '/brief', text: 'TTP', userId: MEMBER, responseUrl: responses.newUrl() });
    const { status } = await post(body, signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(status).toBe(401);
    expect(dispatched.length).toBe(before);
  });

  it("refuses a non-moderator's /fact add and adds nothing", async () => {
    const word = uniqueWord();
    const messages = await slash('/fact', `add --statement "The ${word} militia has 42 fighters" --quote "${word} had 42 fighters" --source S3`, MEMBER);
    expect(textOf(messages)).toContain('Only moderators may use /fact add');
    expect(textOf(await slash('/brief', `search ${word}`, MODERATOR))).toContain(`No fact matches`);
  });

  it("adds a moderator's /fact add, and the next /brief answers with it", async () => {
    const word = uniqueWord();
    const added = await slash('/fact', `add --statement "The ${word} militia fielded 42 fighters" --quote "${word} had 42 fighters" --source S3`, MODERATOR);
    expect(textOf(added)).toMatch(/Added F\d+/);
    const answer = await slash('/brief', `how many fighters does the ${word} militia have`, MEMBER);
    expect(textOf(answer)).toContain(`The ${word} militia fielded 42 fighters`);
  });

  it('counts members of the moderator user group as moderators, looked up with usergroups.users.list', async () => {
    const word = uniqueWord();
    const added = await slash('/fact', `add --statement "The ${word} front had 7 cells" --quote "${word} had 7 cells" --source S3`, GROUP_MEMBER);
    expect(textOf(added)).toMatch(/Added F\d+/);
    expect(api.calls.some((call) => call.method === 'usergroups.users.list' && call.params.usergroup === 'SMODS01')).toBe(true);
  });

  it('escapes a fact holding <!channel>, a user mention and a link, in the blocks and the fallback text', async () => {
    // Slack sends typed &, < and > as entities.
    const typed = 'Alert &lt;!channel&gt; and &lt;@U0BOSS&gt;: see &lt;http://evil.example|the report&gt; &amp; more';
    const [added] = await slash('/fact', `add --statement "${typed}" --quote "${typed}" --source S3`, MODERATOR);
    const id = /Added (F\d+)/.exec(textOf([added!]))![1]!;
    const [shown] = await slash('/brief', `fact ${id}`, MEMBER);
    const json = JSON.stringify(shown);
    expect(json).toContain('Alert &lt;!channel&gt; and &lt;@U0BOSS&gt;: see &lt;http://evil.example|the report&gt; &amp; more');
    for (const raw of ['<!channel>', '<@U0BOSS>', '<http://evil.example', '&amp;lt;']) expect(json).not.toContain(raw);
    expect(shown!.text).not.toMatch(/<[!@#]/);
  });

  it('pages through search results with the Next button, replacing the message', async () => {
    const [first] = await slash('/brief', 'search TTP', MEMBER);
    expect(JSON.stringify(first)).toContain('Page 1 of');
    const second = await press(first!, 'briefbot:next', MEMBER);
    expect(second.replace_original).toBe(true);
    expect(JSON.stringify(second)).toContain('Page 2 of');
  });

  it('posts an answer to the channel when Post to channel is pressed', async () => {
    const [answer] = await slash('/brief', 'length of the Tajik border', MEMBER);
    const posted = await press(answer!, 'briefbot:post', MEMBER);
    expect(posted.response_type).toBe('in_channel');
    expect(posted.replace_original).toBe(false);
    expect(JSON.stringify(posted)).toContain('F33');
  });

  it('lists more results with the More results button', async () => {
    const [answer] = await slash('/brief', 'TTP attacks in 2025', MEMBER);
    const more = await press(answer!, 'briefbot:more', MEMBER);
    expect(JSON.stringify(more)).toMatch(/\d+ fact\(s\) match “TTP attacks in 2025”/);
  });
});

describe('Slack forms', () => {
  const lastViewOpen = (): ApiCall | undefined => api.calls.filter((call) => call.method === 'views.open').at(-1);

  /** Opens the /fact add form as a moderator and returns the view Slack was asked to show. */
  async function openForm(): Promise<{
    view: { callback_id: string; private_metadata: string; blocks: { type: string; block_id?: string }[] };
    responseUrl: string;
  }> {
    const before = api.calls.length;
    const responseUrl = responses.newUrl();
    expect((await post(slashCommandForm({ command: '/fact', text: 'add', userId: MODERATOR, responseUrl }))).status).toBe(200);
    const call = await waitFor(() => (api.calls.length > before ? lastViewOpen() : undefined), 'views.open');
    expect(call.params.trigger_id).toBe(`trigger-${MODERATOR}`);
    expect(call.token).toBe('xoxb-test');
    return { view: JSON.parse(call.params.view!), responseUrl };
  }

  function submission(view: { callback_id: string; private_metadata: string }, values: Record<string, string>, userId = MODERATOR) {
    const state = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value: { type: 'plain_text_input', value } }]));
    return interactionForm({
      type: 'view_submission',
      team: { id: 'T0001', domain: 'example' },
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'legacy-verification-token',
      trigger_id: 'trigger-submit',
      view: {
        id: 'V0001',
        team_id: 'T0001',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values: state },
        hash: 'h',
      },
    });
  }

  it('opens a form with a field per option when /fact add comes without options', async () => {
    const { view } = await openForm();
    const fields = view.blocks.filter((block) => block.type === 'input').map((block) => block.block_id);
    expect(fields).toEqual(core.specs.find((spec) => spec.group === 'fact' && spec.name === 'add')!.options.map((option) => option.name));
  });

  it("adds the submitted form's fact and posts the result to the command's response_url", async () => {
    const { view, responseUrl } = await openForm();
    const word = uniqueWord();
    const ack = await post(submission(view, { statement: `The ${word} cell has 3 members`, quote: `${word} had 3 members`, source: 'S3' }));
    expect(ack).toEqual({ status: 200, text: '' });
    const [result] = (await responses.waitForPosts(responseUrl)) as Message[];
    expect(JSON.stringify(result)).toMatch(new RegExp(`Added F\\d+.*The ${word} cell has 3 members`));
    const id = /Added (F\d+)/.exec(JSON.stringify(result))![1];
    // A view submission names no channel: the form carries the one it was opened from.
    expect(rowsOf(core.base).prepare(`SELECT workspace_id, channel_id FROM audit_log WHERE command = 'fact add' AND target = ?`).get(id)).toEqual({
      workspace_id: 'T0001',
      channel_id: 'C0001',
    });
  });

  it('shows a refused value under its field and adds nothing', async () => {
    const { view } = await openForm();
    const word = uniqueWord();
    const ack = await post(submission(view, { statement: `The ${word} unit`, quote: `${word} quote`, source: 'S3', period: 'sometime' }));
    expect(ack.status).toBe(200);
    const answer = JSON.parse(ack.text) as { response_action: string; errors: Record<string, string> };
    expect(answer.response_action).toBe('errors');
    expect(Object.keys(answer.errors)).toEqual(['period']);
    expect(textOf(await slash('/brief', `search ${word}`, MODERATOR))).toContain('No fact matches');
  });

  it('closes the form of a command that outlasts Slack’s wait and posts the result when it is ready', async () => {
    const { view, responseUrl } = await openForm();
    let release!: () => void;
    hold = new Promise((resolve) => {
      release = resolve;
    });
    const word = uniqueWord();
    const started = Date.now();
    const ack = await post(submission(view, { statement: `The ${word} post has 5 guards`, quote: `${word} had 5 guards`, source: 'S3' }));
    expect(ack).toEqual({ status: 200, text: '' });
    expect(Date.now() - started).toBeLessThan(3000);
    hold = undefined;
    release();
    expect(textOf((await responses.waitForPosts(responseUrl)) as Message[])).toContain(`The ${word} post has 5 guards`);
  });

  it("gives a non-moderator's bare /fact add the core's refusal instead of a form", async () => {
    const opened = api.calls.filter((call) => call.method === 'views.open').length;
    const messages = await slash('/fact', 'add', MEMBER);
    expect(textOf(messages)).toContain('Only moderators may use /fact add');
    expect(api.calls.filter((call) => call.method === 'views.open')).toHaveLength(opened);
  });

  it('reports a fact from its button: a form for the reason, the report queued, the reporter told privately', async () => {
    const [answer] = await slash('/brief', 'length of the Tajik border', MEMBER);
    const before = api.calls.length;
    const responseUrl = await pressOnly(answer!, 'briefbot:report:F33', MEMBER);
    const call = await waitFor(() => (api.calls.length > before ? lastViewOpen() : undefined), 'views.open');
    expect(call.params.trigger_id).toBe('trigger-button');
    const view = JSON.parse(call.params.view!) as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id?: string; element?: { initial_value?: string; max_length?: number } }[];
    };
    const field = (name: string) => view.blocks.find((block) => block.block_id === name)?.element;
    expect(field('id')?.initial_value).toBe('F33');
    expect(field('reason')?.max_length).toBe(500);
    const ack = await post(submission(view, { id: 'F33', reason: 'the source says 1,344 km' }, MEMBER));
    expect(ack).toEqual({ status: 200, text: '' });
    const [told] = (await responses.waitForPosts(responseUrl)) as Message[];
    expect(told!.response_type).toBe('ephemeral');
    expect(JSON.stringify(told)).toContain('Thank you: F33 is in the moderators');
    expect(await core.base.review.list('report', 10, 0)).toEqual([
      expect.objectContaining({ factId: 33, by: `slack:${MEMBER}`, note: 'the source says 1,344 km' }),
    ]);
  });

  it('shows a second report by the same person as a refusal in the form and stores nothing', async () => {
    const [answer] = await slash('/brief', 'length of the Tajik border', MEMBER);
    const before = api.calls.length;
    await pressOnly(answer!, 'briefbot:report:F33', MEMBER);
    const call = await waitFor(() => (api.calls.length > before ? lastViewOpen() : undefined), 'views.open');
    const ack = await post(submission(JSON.parse(call.params.view!), { id: 'F33', reason: 'again' }, MEMBER));
    expect(ack.text).toContain('You have reported F33 already');
    expect(await core.base.review.count('report')).toBe(1);
  });
});

describe('Slack adapter start-up', () => {
  it("stops with Slack's reason when the bot token is refused", async () => {
    const refusing = await startWebApiStandIn({ 'auth.test': () => ({ ok: false, error: 'invalid_auth' }) });
    try {
      const starting = startSlackAdapter({
        dispatch: core.dispatch,
        specs: core.specs,
        config: { botToken: 'xoxb-revoked', connection: { mode: 'http', signingSecret: SECRET, port: 0 }, apiUrl: refusing.url, moderatorIds: [] },
        logger: createSilentLogger(),
        host: '127.0.0.1',
      });
      await expect(starting).rejects.toThrow(/invalid_auth/);
    } finally {
      await refusing.close();
    }
  });
});
