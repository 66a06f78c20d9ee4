import { startDiscordAdapter } from '../adapters/discord/client';
import type { Core } from '../app/core';
import { PERMISSIONS, buildCommandInteraction } from '../test/e2e/discord-interactions';
import { type RecordedRequest, startDiscordStandIn } from '../test/e2e/discord-stand-in';
import { waitFor } from '../test/e2e/wait-for';
import { type BurstResult, toBurstResult } from './burst-result';
import { countDispatchErrors, createErrorCount, createErrorCountingLogger } from './error-count';

/** How long the burst's answers may take to be edited in before they count as missing. */
const ANSWER_TIMEOUT_MS = 60_000;
/** Deferring (type 5) is the acknowledgement Discord wants within 3 s. */
const DEFERRED_CHANNEL_MESSAGE = 5;

const CALLBACK_PATH = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
const ORIGINAL_EDIT_PATH = /^\/webhooks\/\d+\/([^/]+)\/messages\/%40original$/;

/** When each interaction (by id) was deferred and each (by token) had its answer edited in. */
function indexReplies(requests: readonly RecordedRequest[]) {
  const deferredAt = new Map<string, number>();
  const editedAt = new Map<string, number>();
  const wrongCallbacks: string[] = [];
  for (const request of requests) {
    const callback = CALLBACK_PATH.exec(request.path);
    const edit = ORIGINAL_EDIT_PATH.exec(request.path);
    if (request.method === 'POST' && callback) {
      const type = (request.body as { type?: unknown } | undefined)?.type;
      if (type === DEFERRED_CHANNEL_MESSAGE) deferredAt.set(callback[1]!, request.receivedAt);
      else wrongCallbacks.push(`interaction ${callback[1]} answered with callback type ${String(type)}, not a deferral`);
    }
    if (request.method === 'PATCH' && edit) editedAt.set(edit[1]!, request.receivedAt);
  }
  return { deferredAt, editedAt, wrongCallbacks };
}

const countEdits = (requests: readonly RecordedRequest[]): number => requests.filter((request) => request.method === 'PATCH').length;

/**
 * Starts the real discord.js client against the loopback stand-in over `core`, dispatches `count`
 * `/brief ask` interactions at once, each from its own member (so the per-user rate limit never
 * refuses one), and waits for every deferral and every edited-in answer.
 */
export async function runDiscordBurst(core: Core, questions: readonly string[], count: number): Promise<BurstResult> {
  const errors = createErrorCount();
  const standIn = await startDiscordStandIn();
  const adapter = await startDiscordAdapter({
    dispatch: countDispatchErrors(core.dispatch, errors),
    specs: core.specs,
    autocomplete: core.autocomplete,
    pager: core.pages,
    config: { token: 'load-token', applicationId: standIn.applicationId, apiUrl: standIn.apiUrl, moderatorRoleIds: [] },
    logger: createErrorCountingLogger(errors),
  });
  try {
    const interactions = Array.from({ length: count }, (_, index) => {
      const member = { id: String(1_500_000_000_000_000_000n + BigInt(index)), name: `load${index}`, permissions: PERMISSIONS.member };
      return buildCommandInteraction(standIn.applicationId, 'brief ask', { question: questions[index % questions.length]! }, member);
    });
    const sentAt = interactions.map((interaction) => {
      const at = performance.now();
      standIn.dispatchInteraction(interaction);
      return at;
    });
    await waitFor(() => (countEdits(standIn.requests) >= count ? true : undefined), 'every answer', ANSWER_TIMEOUT_MS).catch(() => undefined);
    const { deferredAt, editedAt, wrongCallbacks } = indexReplies(standIn.requests);
    for (const wrong of wrongCallbacks) errors.add(wrong);
    const since = (at: number | undefined, index: number): number | undefined => (at === undefined ? undefined : at - sentAt[index]!);
    const timings = interactions.map((interaction, index) => ({
      ackMs: since(deferredAt.get(interaction.id), index),
      answerMs: since(editedAt.get(interaction.token), index),
    }));
    return toBurstResult('Discord', timings, errors);
  } finally {
    await adapter.stop();
    await standIn.close();
  }
}
