import { z } from 'zod';
import type { CommandSpec } from '../../src/command-spec';
import { commandName } from '../../src/command-spec';
import { type Reply, factActionsFor } from '../../src/reply';
import { SLACK_LIMITS } from './limits';

/** A command as dispatched: its name and raw options. Buttons carry one to run it again. */
export interface Invocation {
  name: string;
  options: Record<string, unknown>;
}

/** What a button does with the reply to its invocation; `form` asks for the rest of its options first. */
export type ButtonDelivery = 'replace' | 'new' | 'public' | 'form';

/** A button below a reply: pressing it dispatches `invocation` for whoever pressed it. */
export interface ButtonPlan {
  actionId: string;
  label: string;
  invocation: Invocation;
}

/** Every briefbot button's action_id starts with this, so one listener serves them all. */
export const ACTION_PREFIX = 'briefbot:';

const ACTIONS = {
  previous: { id: `${ACTION_PREFIX}previous`, delivery: 'replace' },
  next: { id: `${ACTION_PREFIX}next`, delivery: 'replace' },
  more: { id: `${ACTION_PREFIX}more`, delivery: 'new' },
  post: { id: `${ACTION_PREFIX}post`, delivery: 'public' },
  report: { id: `${ACTION_PREFIX}report`, delivery: 'form' },
} as const satisfies Record<string, { id: string; delivery: ButtonDelivery }>;

// An answer shows the few facts that answer; the search listing pages through everything related.
const MORE_RESULTS = { from: 'brief ask', to: 'brief search', question: 'question', query: 'query' } as const;

const shows = (reply: Reply, kind: 'fact' | 'error'): boolean =>
  reply.blocks.some((block) => (kind === 'fact' ? block.kind === 'fact' : block.kind === 'notice' && block.level === 'error'));

function planPageButtons(invocation: Invocation, reply: Reply): ButtonPlan[] {
  if (!reply.page || reply.page.total <= 1) return [];
  const { index, total } = reply.page;
  const at = (page: number): Invocation => ({ name: invocation.name, options: { ...invocation.options, page } });
  const buttons: ButtonPlan[] = [];
  if (index > 1) buttons.push({ actionId: ACTIONS.previous.id, label: `◀ Page ${index - 1}`, invocation: at(index - 1) });
  if (index < total) buttons.push({ actionId: ACTIONS.next.id, label: `Page ${index + 1} ▶`, invocation: at(index + 1) });
  return buttons;
}

function planMoreButton(invocation: Invocation, reply: Reply): ButtonPlan[] {
  const question = invocation.options[MORE_RESULTS.question];
  if (invocation.name !== MORE_RESULTS.from || typeof question !== 'string' || !shows(reply, 'fact')) return [];
  return [{ actionId: ACTIONS.more.id, label: 'More results', invocation: { name: MORE_RESULTS.to, options: { [MORE_RESULTS.query]: question } } }];
}

function planPostButton(invocation: Invocation, reply: Reply, specs: readonly CommandSpec[]): ButtonPlan[] {
  const spec = specs.find((candidate) => commandName(candidate) === invocation.name);
  const canBePublic = spec?.options.some((option) => option.name === 'public' && option.type === 'boolean');
  if (!canBePublic || reply.visibility === 'public') return [];
  return [{ actionId: ACTIONS.post.id, label: 'Post to channel', invocation: { name: invocation.name, options: { ...invocation.options, public: true } } }];
}

// Action ids must be unique within a message, so each fact's report button carries its id.
function planReportButtons(reply: Reply): ButtonPlan[] {
  return reply.blocks.flatMap((block) =>
    block.kind === 'fact' ? factActionsFor(block.fact).map((action) => ({ actionId: `${ACTIONS.report.id}:${block.fact.id}`, label: action.label, invocation: action.invocation })) : [],
  );
}

/**
 * The buttons to offer below a reply: previous/next page, more results for an answer, "Report a
 * problem" for each active fact, and "Post
 * to channel" for private replies of commands that can answer publicly. Refusals get none, and a
 * button whose value would exceed Slack's limit is left out rather than cut.
 */
export function planButtons(invocation: Invocation, reply: Reply, specs: readonly CommandSpec[]): ButtonPlan[] {
  if (shows(reply, 'error')) return [];
  return [...planPageButtons(invocation, reply), ...planMoreButton(invocation, reply), ...planPostButton(invocation, reply, specs), ...planReportButtons(reply)].filter(
    (button) => encodeInvocation(button.invocation).length <= SLACK_LIMITS.buttonValue,
  );
}

/** A button's value: the invocation it runs, as compact JSON. */
export function encodeInvocation(invocation: Invocation): string {
  return JSON.stringify({ c: invocation.name, o: invocation.options });
}

const buttonValueSchema = z.object({ c: z.string().min(1), o: z.record(z.string(), z.unknown()) });

/** Reads a button's value back; undefined when it is not one of ours. */
export function decodeInvocation(value: string | undefined): Invocation | undefined {
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? { name: parsed.data.c, options: parsed.data.o } : undefined;
  } catch {
    return undefined;
  }
}

/** How the reply to a pressed button is delivered; undefined for an action that is not ours. */
export function deliveryOf(actionId: string): ButtonDelivery | undefined {
  const base = actionId.startsWith(`${ACTIONS.report.id}:`) ? ACTIONS.report.id : actionId;
  return Object.values(ACTIONS).find((action) => action.id === base)?.delivery;
}
