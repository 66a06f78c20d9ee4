import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER, MODERATOR, OTHER_GUILD_ID, buildAutocompleteInteraction, buildButtonInteraction, buildCommandInteraction } from './discord-interactions';
import type { DiscordStandIn, RecordedRequest } from './discord-stand-in';
import { storesUnderTest } from '../helpers/bases-under-test';
import { type DiscordHarness, MENTION_FACT_ID, MENTION_ROLE, startDiscordHarness } from './discord-fixtures';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Button = { custom_id: string; label: string; disabled?: boolean };
type MessageBody = { content?: string; embeds: Embed[]; components: { components: Button[] }[]; flags?: number; allowed_mentions?: unknown };
type CallbackBody = { type: number; data?: MessageBody & { flags?: number; choices?: { name: string; value: string }[] } };

const EPHEMERAL = 64;

let harness: DiscordHarness;
let standIn: DiscordStandIn;
let core: DiscordHarness['core'];

const isCallbackOf = (interaction: { id: string }) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path.startsWith(`/interactions/${interaction.id}/`);
const isOriginalEditOf = (interaction: { token: string }) => (request: RecordedRequest) =>
  request.method === 'PATCH' && request.path === `/webhooks/${standIn.applicationId}/${interaction.token}/messages/%40original`;

async function runCommand(command: string, options: Record<string, string | number | boolean>, member = MEMBER) {
  const interaction = buildCommandInteraction(standIn.applicationId, command, options, member);
  standIn.dispatchInteraction(interaction);
  const edit = await standIn.waitForRequest(isOriginalEditOf(interaction));
  return { interaction, edit, body: edit.body as MessageBody };
}

async function countFacts(): Promise<number> {
  return (await core.base.bundles.read()).facts.length;
}

describe.each(storesUnderTest())('Discord adapter against a real discord.js client, on a $name base', (store) => {
  beforeAll(async () => {
    harness = await startDiscordHarness(store);
    ({ standIn, core } = harness);
  });

  afterAll(() => harness?.close());

  it('identifies to the gateway with the Guilds intent only', async () => {
    expect(standIn.identifies).toEqual([expect.objectContaining({ token: 'stand-in-token', intents: 1 })]);
  });

  it('attaches the full digest note as a Markdown file', async () => {
    const { edit } = await runCommand('brief digest', { topic: 'Tajikistan' });
    const body = edit.body as MessageBody & { files?: { name: string; text: string }[] };
    const file = body.files?.[0];
    expect(file?.name).toMatch(/\.md$/);
    expect(file?.text).toContain('1,357');
    expect(file?.text).toMatch(/\[1\]/);
  });

  it('defers /brief ask at once and then edits in the answer as a sourced embed', async () => {
    const { interaction, edit, body } = await runCommand('brief ask', { question: 'length of the Tajik border' });
    const defer = standIn.requests.find(isCallbackOf(interaction));
    expect(defer?.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(standIn.requests.indexOf(defer as RecordedRequest)).toBeLessThan(standIn.requests.indexOf(edit));
    const [answer] = body.embeds;
    expect(answer?.description).toContain('1,357');
    expect(answer?.fields).toContainEqual({ name: 'Quote', value: '“Tajikistan, which shares a 1,357-kilometer border”' });
    const source = answer?.fields?.find((field) => field.name === 'Source')?.value;
    expect(source).toBe(
      '[“Why Afghanistan’s Terrorism Problem Isn’t Going Away”](https://nationalinterest.org/)\nZalmai Nishat · The National Interest · 2026-02-09',
    );
  });

  it('answers a public /brief ask that is refused privately, removing the public placeholder', async () => {
    const interaction = buildCommandInteraction(standIn.applicationId, 'brief ask', { question: 'the of and', public: true });
    standIn.dispatchInteraction(interaction);
    const followUp = await standIn.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${standIn.applicationId}/${interaction.token}`);
    expect(standIn.requests.find(isCallbackOf(interaction))?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(standIn.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`${interaction.token}/messages/%40original`))).toBe(true);
    expect(followUp.body).toMatchObject({ flags: EPHEMERAL, embeds: [{ description: expect.stringContaining('There is nothing to search for') }] });
  });

  it('offers fact ids while a person types, the exact match first and at most 25', async () => {
    const interaction = buildAutocompleteInteraction(standIn.applicationId, 'brief fact', { id: 'F3' }, 'id');
    standIn.dispatchInteraction(interaction);
    const body = (await standIn.waitForRequest(isCallbackOf(interaction))).body as CallbackBody;
    expect(body.type).toBe(8);
    expect(body.data?.choices?.[0]?.value).toBe('F3');
    expect(body.data?.choices?.length).toBeLessThanOrEqual(25);
  });

  it('acknowledges a question sent right after three 6,000-character fact-id completions within 3 s', { timeout: 120_000 }, async () => {
    // Distinct made-up words: each one is a term a full search would have to look up and rank.
    const typed = Array.from({ length: 1200 }, (_, index) => `w${(index * 7919).toString(36)}ord`)
      .join(' ')
      .slice(0, 6000);
    const completions = [1, 2, 3].map(() => buildAutocompleteInteraction(standIn.applicationId, 'brief fact', { id: typed }, 'id'));
    const question = buildCommandInteraction(
      standIn.applicationId,
      'brief ask',
      { question: 'length of the Tajik border' },
      { ...MEMBER, id: '1400000000000000003' },
    );
    for (const completion of completions) standIn.dispatchInteraction(completion);
    const sent = performance.now();
    standIn.dispatchInteraction(question);
    const defer = await standIn.waitForRequest(isCallbackOf(question), 60_000);
    expect(defer.receivedAt - sent).toBeLessThan(3000);
    for (const completion of completions) await standIn.waitForRequest(isCallbackOf(completion), 60_000);
  });

  it('completes the last of several entity names in /fact add, keeping the ones before it', async () => {
    const interaction = buildAutocompleteInteraction(
      standIn.applicationId,
      'fact add',
      { statement: 'x', entities: 'Tajikistan, Pakistan' },
      'entities',
      MODERATOR,
    );
    standIn.dispatchInteraction(interaction);
    const body = (await standIn.waitForRequest(isCallbackOf(interaction))).body as CallbackBody;
    expect(body.data?.choices?.[0]).toEqual({ name: 'Tajikistan, Pakistan', value: 'Tajikistan, Pakistan' });
  });

  it('shows the next page in the same message when the page button is clicked', async () => {
    const { body: first } = await runCommand('brief search', { query: 'TTP' });
    const buttons = first.components.flatMap((row) => row.components);
    const next = buttons.find((button) => button.label.startsWith('Next'));
    expect(buttons.find((button) => button.disabled && button.label === 'Page 1 of 2')).toBeDefined();
    const click = buildButtonInteraction(standIn.applicationId, next?.custom_id ?? '', { ...first, flags: EPHEMERAL });
    standIn.dispatchInteraction(click);
    const update = (await standIn.waitForRequest(isCallbackOf(click))).body as CallbackBody;
    expect(update.type).toBe(7);
    expect(update.data?.components.flatMap((row) => row.components).map((button) => button.label)).toContain('Page 2 of 2');
    const titles = (embeds: Embed[]) => embeds.filter((embed) => embed.title).map((embed) => embed.title);
    expect(titles(update.data?.embeds ?? [])).not.toEqual(titles(first.embeds));
  });

  it('shows a fact’s full citation privately when its button is clicked', async () => {
    const { body } = await runCommand('brief ask', { question: 'TTP attacks in 2025', public: true });
    const cite = body.components.flatMap((row) => row.components).find((button) => button.custom_id.startsWith('cite:'));
    const click = buildButtonInteraction(standIn.applicationId, cite?.custom_id ?? '', body);
    standIn.dispatchInteraction(click);
    const shown = (await standIn.waitForRequest(isCallbackOf(click))).body as CallbackBody;
    expect(shown).toMatchObject({ type: 4, data: { flags: EPHEMERAL, embeds: [{ title: cite?.custom_id.slice('cite:'.length) }] } });
  });

  it('refuses /fact add from a member without Manage Messages and writes nothing', async () => {
    const before = await countFacts();
    const { body } = await runCommand('fact add', { statement: 'Refused fact for the Discord test', quote: 'nothing', source: 'S3' });
    expect(body.embeds[0]?.description).toContain('Only moderators');
    expect(await countFacts()).toBe(before);
  });

  it('lands a moderator’s /fact add with a private confirmation, and the next /brief ask answers with it', async () => {
    const statement = 'The Kilik Pass crossing into the Wakhan Corridor reopened to traders in 2025.';
    const added = await runCommand(
      'fact add',
      { statement, quote: 'the Kilik Pass crossing reopened to traders', source: 'S3', period: '2025', entities: 'Afghanistan' },
      MODERATOR,
    );
    expect(standIn.requests.find(isCallbackOf(added.interaction))?.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(added.body.embeds[0]?.description).toMatch(/Added F\d+/);
    const { body } = await runCommand('brief ask', { question: 'Kilik Pass crossing reopened' });
    expect(body.embeds.map((embed) => embed.description)).toContain(statement);
  });

  it('lands a moderator’s /fact edit as a new version, and the next /brief fact shows it', async () => {
    const before = (await core.base.facts.current(33))!.version;
    const edited = await runCommand('fact edit', { id: 'F33', period: '2026', reason: 'date check' }, MODERATOR);
    expect(edited.body.embeds[0]?.description).toContain(`F33 is now at version ${before + 1}`);
    expect(await core.base.facts.current(33)).toMatchObject({ version: before + 1, content: { periodStart: '2026', periodEnd: '2026' } });
    const { body } = await runCommand('brief fact', { id: 'F33' });
    expect(JSON.stringify(body.embeds)).toContain('2026');
  });

  it('refuses Manage Messages from a server outside the moderation servers, and allows the same member in a listed one', async () => {
    const statement = 'The Dushanbe–Kulma road carried traders again in 2025.';
    const options = { statement, quote: 'the Dushanbe–Kulma road carried traders', source: 'S3', period: '2025', entities: 'Tajikistan' };
    const before = await core.base.bundles.read();
    const elsewhere = await runCommand('fact add', options, { ...MODERATOR, guildId: OTHER_GUILD_ID });
    expect(elsewhere.body.embeds[0]?.description).toContain('Only moderators');
    expect(await core.base.bundles.read()).toEqual(before);
    const selfInstalled = await runCommand('fact add', options, { ...MODERATOR, userInstalled: true });
    expect(selfInstalled.body.embeds[0]?.description).toContain('Only moderators');
    expect(await core.base.bundles.read()).toEqual(before);
    const listed = await runCommand('fact add', options, MODERATOR);
    expect(listed.body.embeds[0]?.description).toMatch(/Added F\d+/);
    expect((await core.base.bundles.read()).facts.map((fact) => fact.statement)).toContain(statement);
  });

  it('sends a fact containing @everyone and a role mention with allowed_mentions parse [] and the mentions broken', async () => {
    const { body } = await runCommand('brief fact', { id: MENTION_FACT_ID });
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const description = body.embeds[0]?.description ?? '';
    expect(description).toContain('@\u200beveryone');
    expect(description).not.toContain('@everyone');
    expect(description).not.toContain(MENTION_ROLE);
    expect(description).toContain('\\*\\*urgent\\*\\*');
  });
});
