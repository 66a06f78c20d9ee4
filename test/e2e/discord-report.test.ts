import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER, buildButtonInteraction, buildCommandInteraction, buildModalSubmitInteraction } from './discord-interactions';
import type { DiscordStandIn, RecordedRequest } from './discord-stand-in';
import { type DiscordHarness, startDiscordHarness } from './discord-fixtures';

type Button = { custom_id: string; label: string };
type MessageBody = { embeds: { description?: string }[]; components: { components: Button[] }[]; flags?: number };
type ModalBody = {
  type: number;
  data: { custom_id: string; title: string; components: { components: { custom_id: string; max_length: number; style: number }[] }[] };
};

const EPHEMERAL = 64;
const MODAL = 9;

let harness: DiscordHarness;
let standIn: DiscordStandIn;

beforeAll(async () => {
  harness = await startDiscordHarness();
  ({ standIn } = harness);
});

afterAll(() => harness?.close());

const isCallbackOf = (interaction: { id: string }) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path.startsWith(`/interactions/${interaction.id}/`);

async function ask(question: string): Promise<MessageBody> {
  const interaction = buildCommandInteraction(standIn.applicationId, 'brief ask', { question });
  standIn.dispatchInteraction(interaction);
  const edit = await standIn.waitForRequest(
    (r) => r.method === 'PATCH' && r.path === `/webhooks/${standIn.applicationId}/${interaction.token}/messages/%40original`,
  );
  return edit.body as MessageBody;
}

async function submitReport(customId: string, reason: string) {
  const submit = buildModalSubmitInteraction(standIn.applicationId, customId, { reason }, MEMBER);
  standIn.dispatchInteraction(submit);
  return (await standIn.waitForRequest(isCallbackOf(submit))).body as { type: number; data: MessageBody };
}

describe('reporting a fact on Discord', () => {
  it('opens a form for the reason from the button, stores the report and tells the reporter privately', async () => {
    const body = await ask('length of the Tajik border');
    const button = body.components.flatMap((row) => row.components).find((candidate) => candidate.custom_id === 'report:F33');
    expect(button?.label).toBe('Report a problem (F33)');
    const click = buildButtonInteraction(standIn.applicationId, button!.custom_id, body);
    standIn.dispatchInteraction(click);
    const modal = (await standIn.waitForRequest(isCallbackOf(click))).body as ModalBody;
    expect(modal.type).toBe(MODAL);
    expect(modal.data.custom_id).toBe('report:F33');
    const field = modal.data.components[0]!.components[0]!;
    expect(field).toMatchObject({ custom_id: 'reason', max_length: 500 });

    const answer = await submitReport(modal.data.custom_id, 'the source says 1,344 km');
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(answer.data.embeds[0]?.description).toContain('Thank you: F33 is in the moderators');
    const queued = await harness.core.base.review.list('report', 10, 0);
    expect(queued).toEqual([expect.objectContaining({ factId: 33, note: 'the source says 1,344 km', platform: 'discord', by: `discord:${MEMBER.id}` })]);
  });

  it('refuses a second report by the same person privately and stores nothing more', async () => {
    const answer = await submitReport('report:F33', 'still wrong');
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(answer.data.embeds[0]?.description).toContain('You have reported F33 already');
    expect(await harness.core.base.review.count('report')).toBe(1);
  });
});
