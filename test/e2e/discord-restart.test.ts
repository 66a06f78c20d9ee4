import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from './discord-fixtures';
import { buildButtonInteraction, buildCommandInteraction } from './discord-interactions';

type Button = { custom_id: string; label: string };
type Message = { embeds: unknown[]; components: { components: Button[] }[] };

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(() => harness?.close());

const labelsOf = (message: Message | undefined): string[] => (message?.components ?? []).flatMap((row) => row.components.map((button) => button.label));

describe('a page button after the bot restarts', () => {
  it('still turns the page: the listing is kept in the store, not in the stopped process', async () => {
    const { standIn } = harness;
    const search = buildCommandInteraction(standIn.applicationId, 'brief search', { query: 'TTP' });
    standIn.dispatchInteraction(search);
    const first = (await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${search.token}/messages/`))).body as Message;
    const next = first.components.flatMap((row) => row.components).find((button) => button.label.startsWith('Next'));
    expect(labelsOf(first)).toContain('Page 1 of 2');

    await harness.restart();
    const click = buildButtonInteraction(standIn.applicationId, next?.custom_id ?? '', { ...first, flags: 64 });
    standIn.dispatchInteraction(click);
    const update = (await standIn.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${click.id}/`), 15_000)).body as {
      type: number;
      data?: Message;
    };
    expect(update.type).toBe(7);
    expect(labelsOf(update.data)).toContain('Page 2 of 2');
  }, 30_000);
});
