import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestBase, storesUnderTest } from '../helpers/bases-under-test';
import { buildCommandInteraction } from './discord-interactions';
import { type DiscordStandIn, startDiscordStandIn } from './discord-stand-in';
import { postToApp, signSlackRequest, slashCommandForm, startResponseUrlStandIn, startWebApiStandIn } from './slack-stand-ins';

const ROOT = new URL('../..', import.meta.url).pathname;
const SECRET = 'main-process-signing-secret';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['app/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exit: new Promise((resolve) => child.on('exit', resolve)) };
}

async function waitForHealth(url: string): Promise<Response> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer from ${url}`);
}

describe('npm start with Slack and Discord configured', () => {
  let discord: DiscordStandIn;
  let slackApi: Awaited<ReturnType<typeof startWebApiStandIn>>;
  let responses: Awaited<ReturnType<typeof startResponseUrlStandIn>>;
  let main: ReturnType<typeof startMain>;
  let slackPort: number;
  let healthUrl: string;

  beforeAll(async () => {
    discord = await startDiscordStandIn();
    slackApi = await startWebApiStandIn({ 'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }) });
    responses = await startResponseUrlStandIn();
    slackPort = await freePort();
    const httpPort = await freePort();
    healthUrl = `http://127.0.0.1:${httpPort}/healthz`;
    main = startMain({
      BRIEFBOT_DB: join(mkdtempSync(join(tmpdir(), 'briefbot-main-')), 'base.db'),
      BRIEFBOT_HTTP_PORT: String(httpPort),
      LOG_FORMAT: 'json',
      SLACK_BOT_TOKEN: 'xoxb-main-process',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_API_URL: slackApi.url,
      DISCORD_TOKEN: 'main-process-token',
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
  });

  afterAll(async () => {
    main?.child.kill('SIGKILL');
    await Promise.all([discord?.close(), slackApi?.close(), responses?.close()]);
  });

  it('serves both platforms and reports them healthy', async () => {
    const response = await waitForHealth(healthUrl);
    expect(await response.json()).toEqual({ ok: true, database: 'ok', adapters: { slack: 'connected', discord: 'connected' } });
  });

  it('answers a Slack slash command and a Discord interaction from the same fact base', async () => {
    const responseUrl = responses.newUrl();
    const body = slashCommandForm({ command: '/brief', text: 'length of the Tajik border', userId: 'U1', responseUrl });
    expect((await postToApp(`http://127.0.0.1:${slackPort}/slack/events`, body, signSlackRequest(SECRET, body))).status).toBe(200);
    expect(JSON.stringify(await responses.waitForPosts(responseUrl))).toContain('1,357');
    const interaction = buildCommandInteraction(discord.applicationId, 'brief ask', { question: 'length of the Tajik border' });
    discord.dispatchInteraction(interaction);
    const edit = await discord.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(interaction.token));
    expect(JSON.stringify(edit.body)).toContain('1,357');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    main.child.kill('SIGTERM');
    expect(await main.exit).toBe(0);
    expect(main.output()).toMatch(/"msg":"stopped"/);
  });
});

describe.each(storesUnderTest())('two npm start processes on one $name base', (store) => {
  let base: TestBase;
  let discord: DiscordStandIn;
  let slackApi: Awaited<ReturnType<typeof startWebApiStandIn>>;
  let responses: Awaited<ReturnType<typeof startResponseUrlStandIn>>;
  let slackBot: ReturnType<typeof startMain>;
  let discordBot: ReturnType<typeof startMain>;
  let slackPort: number;
  const healthUrls: string[] = [];

  beforeAll(async () => {
    base = await store.create();
    discord = await startDiscordStandIn();
    slackApi = await startWebApiStandIn({ 'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }) });
    responses = await startResponseUrlStandIn();
    slackPort = await freePort();
    const [slackHealthPort, discordHealthPort] = [await freePort(), await freePort()];
    healthUrls.push(`http://127.0.0.1:${slackHealthPort}/healthz`, `http://127.0.0.1:${discordHealthPort}/healthz`);
    // Both start at once on a base nothing has opened yet: one of them creates and seeds it.
    slackBot = startMain({
      ...base.env,
      BRIEFBOT_HTTP_PORT: String(slackHealthPort),
      LOG_FORMAT: 'json',
      SLACK_BOT_TOKEN: 'xoxb-main-process',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_API_URL: slackApi.url,
      SLACK_MODERATOR_IDS: 'UMOD0001',
    });
    discordBot = startMain({
      ...base.env,
      BRIEFBOT_HTTP_PORT: String(discordHealthPort),
      LOG_FORMAT: 'json',
      DISCORD_TOKEN: 'main-process-token',
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
  });

  afterAll(async () => {
    for (const bot of [slackBot, discordBot]) if (bot?.child.exitCode === null) bot.child.kill('SIGTERM');
    await Promise.all([slackBot?.exit, discordBot?.exit, discord?.close(), slackApi?.close(), responses?.close()]);
    await base?.drop();
  });

  async function askOnDiscord(question: string): Promise<string> {
    const interaction = buildCommandInteraction(discord.applicationId, 'brief ask', { question });
    discord.dispatchInteraction(interaction);
    const edit = await discord.waitForRequest((request) => request.method === 'PATCH' && request.path.includes(interaction.token));
    return JSON.stringify(edit.body);
  }

  async function slash(command: string, text: string, userId: string): Promise<string> {
    const responseUrl = responses.newUrl();
    const body = slashCommandForm({ command, text, userId, responseUrl });
    expect((await postToApp(`http://127.0.0.1:${slackPort}/slack/events`, body, signSlackRequest(SECRET, body))).status).toBe(200);
    return JSON.stringify(await responses.waitForPosts(responseUrl));
  }

  it('both serve and report the base healthy', async () => {
    for (const url of healthUrls) expect(await (await waitForHealth(url)).json()).toMatchObject({ ok: true, database: 'ok' });
  });

  it('both answer, and a fact a moderator adds through one is answered by the other', async () => {
    expect(await slash('/brief', 'length of the Tajik border', 'U1')).toContain('1,357');
    expect(await askOnDiscord('length of the Tajik border')).toContain('1,357');
    const statement = 'The Qarqin river ferry to Turkmenistan resumed crossings in 2025.';
    const added = await slash('/fact', `add --statement "${statement}" --quote "the Qarqin ferry resumed crossings" --source S3 --period 2025`, 'UMOD0001');
    expect(added).toMatch(/Added F\d+/);
    expect(await askOnDiscord('Qarqin river ferry crossings')).toContain(statement);
  });

  it('both stop on SIGTERM with exit code 0', async () => {
    for (const bot of [slackBot, discordBot]) bot.child.kill('SIGTERM');
    expect(await Promise.all([slackBot.exit, discordBot.exit])).toEqual([0, 0]);
  });
});

describe('npm start with a platform half configured', () => {
  it('stops at once, naming the missing variable', async () => {
    const main = startMain({ BRIEFBOT_DB: ':memory:', SLACK_BOT_TOKEN: 'xoxb-only-this' });
    expect(await main.exit).toBe(1);
    expect(main.output()).toMatch(/SLACK_(SIGNING_SECRET|APP_TOKEN)/);
  });
});
