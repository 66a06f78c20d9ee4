import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from './discord-fixtures';
import { buildCommandInteraction } from './discord-interactions';
import type { DiscordStandIn } from './discord-stand-in';
import { waitFor } from './wait-for';

/**
 * The real discord.js client loses its gateway connection and comes back on its own: it resumes
 * the session when the gateway lets it, and identifies afresh when the gateway refuses the resume.
 * Either way the next interaction is deferred and answered.
 */

// @discordjs/ws waits 500 ms before reconnecting, and up to 6.5 s between two IDENTIFYs.
const RECONNECT_TIMEOUT_MS = 10_000;

let harness: DiscordHarness;
let standIn: DiscordStandIn;

beforeAll(async () => {
  harness = await startDiscordHarness();
  ({ standIn } = harness);
});

afterAll(() => harness?.close());

/** Asks a question through the gateway and returns the deferral's and the answer's bodies. */
async function ask(question: string): Promise<{ defer: unknown; answer: string }> {
  const interaction = buildCommandInteraction(standIn.applicationId, 'brief ask', { question });
  standIn.dispatchInteraction(interaction);
  const defer = await standIn.waitForRequest((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`));
  const edit = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${interaction.token}/messages/`));
  return { defer: defer.body, answer: JSON.stringify(edit.body) };
}

/** Waits until the gateway has seen `count` RESUMEs or IDENTIFYs and the bot is in a session again. */
const waitForSession = (attempts: () => number, count: number, what: string) =>
  waitFor(() => (attempts() >= count && standIn.gatewaySessions() === 1 ? true : undefined), what, RECONNECT_TIMEOUT_MS);

describe('Discord gateway faults', () => {
  it('resumes the session after the gateway closes with 4000, then answers the next interaction', async () => {
    expect(standIn.identifies).toHaveLength(1);
    standIn.dropGateway(4000);
    await waitForSession(() => standIn.resumes.length, 1, 'a RESUME answered with RESUMED');
    expect(standIn.resumes[0]).toMatchObject({ token: 'stand-in-token', session_id: 'stand-in-session', seq: expect.any(Number) });
    expect(standIn.identifies).toHaveLength(1);
    const { defer, answer } = await ask('length of the Tajik border');
    expect(defer).toMatchObject({ type: 5 });
    expect(answer).toContain('1,357');
  }, 20_000);

  it('identifies afresh when the connection drops and the resume is refused, then answers the next interaction', async () => {
    standIn.answerResumesWith('invalid-session');
    const resumesBefore = standIn.resumes.length;
    standIn.dropGateway();
    await waitForSession(() => standIn.identifies.length, 2, 'a second IDENTIFY after op 9');
    expect(standIn.resumes.length).toBe(resumesBefore + 1);
    expect(standIn.identifies[1]).toMatchObject({ token: 'stand-in-token', intents: 1 });
    const { defer, answer } = await ask('Pakistan Afghanistan border length');
    expect(defer).toMatchObject({ type: 5 });
    expect(answer).toContain('2,670');
  }, 20_000);
});
