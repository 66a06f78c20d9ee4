import { startSlackAdapter } from '../adapters/slack/app';
import type { Core } from '../app/core';
import { signSlackRequest, slashCommandForm, startResponseUrlStandIn, startWebApiStandIn } from '../test/e2e/slack-stand-ins';
import { waitFor } from '../test/e2e/wait-for';
import { type BurstResult, toBurstResult } from './burst-result';
import { type ErrorCount, countDispatchErrors, createErrorCount, createErrorCountingLogger } from './error-count';

const SIGNING_SECRET = 'load-signing-secret';
/** How long the burst's answers may take to reach their response_urls before they count as missing. */
const ANSWER_TIMEOUT_MS = 60_000;

/** Posts one signed slash command: when it was sent, and the milliseconds until the receiver's 200 (undefined: none). */
async function postCommand(eventsUrl: string, body: string, errors: ErrorCount): Promise<{ sentAt: number; ackMs: number | undefined }> {
  const sentAt = performance.now();
  try {
    const response = await fetch(eventsUrl, { method: 'POST', headers: signSlackRequest(SIGNING_SECRET, body), body });
    const ackMs = performance.now() - sentAt;
    await response.text();
    if (response.status === 200) return { sentAt, ackMs };
    errors.add(`HTTP ${response.status} from the receiver`);
  } catch (error) {
    errors.add(`request failed: ${String(error)}`);
  }
  return { sentAt, ackMs: undefined };
}

/**
 * Starts the real Bolt app on its HTTP receiver (127.0.0.1, a free port) over `core`, posts `count`
 * signed `/brief <question>` commands at once, each from its own user (so the per-user rate limit
 * never refuses one), and waits for every answer at its loopback response_url.
 */
export async function runSlackBurst(core: Core, questions: readonly string[], count: number): Promise<BurstResult> {
  const errors = createErrorCount();
  const api = await startWebApiStandIn({ 'auth.test': () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' }) });
  const responses = await startResponseUrlStandIn();
  const adapter = await startSlackAdapter({
    dispatch: countDispatchErrors(core.dispatch, errors),
    specs: core.specs,
    config: { botToken: 'xoxb-load', connection: { mode: 'http', signingSecret: SIGNING_SECRET, port: 0 }, apiUrl: api.url, moderatorIds: [] },
    logger: createErrorCountingLogger(errors),
    host: '127.0.0.1',
  });
  try {
    const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
    const commands = Array.from({ length: count }, (_, index) => {
      const responseUrl = responses.newUrl();
      const body = slashCommandForm({ command: '/brief', text: questions[index % questions.length]!, userId: `ULOAD${index}`, responseUrl });
      return { path: new URL(responseUrl).pathname, body };
    });
    const sent = await Promise.all(commands.map((command) => postCommand(eventsUrl, command.body, errors)));
    await waitFor(() => (responses.posts.length >= count ? true : undefined), 'every answer', ANSWER_TIMEOUT_MS).catch(() => undefined);
    const answeredAt = new Map(responses.posts.map((post) => [post.path, post.receivedAt]));
    const timings = commands.map((command, index) => {
      const { sentAt, ackMs } = sent[index]!;
      const at = answeredAt.get(command.path);
      return { ackMs, answerMs: at === undefined ? undefined : at - sentAt };
    });
    return toBurstResult('Slack', timings, errors);
  } finally {
    await adapter.stop();
    await api.close();
    await responses.close();
  }
}
