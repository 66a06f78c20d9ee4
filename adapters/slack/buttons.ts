import * as z from 'zod';
import type { Invocation } from '../../src/invocation';
import type { Action, Reply } from '../../src/reply';
import { SLACK_LIMITS } from './limits';

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

// Action ids must be unique within a message, so each fact's report button carries its id. A
// citation needs no button here: Slack shows each fact's full citation under it.
function actionIdOf(action: Action, reply: Reply): string | undefined {
  switch (action.kind) {
    case 'page':
      return action.page < (reply.page?.index ?? 0) ? ACTIONS.previous.id : ACTIONS.next.id;
    case 'more':
      return ACTIONS.more.id;
    case 'publish':
      return ACTIONS.post.id;
    case 'report':
      return `${ACTIONS.report.id}:${action.factId}`;
    case 'cite':
      return undefined;
  }
}

/**
 * The buttons to offer below a reply, one per action Slack shows (every kind but citations), in
 * the reply's order. A button whose value would exceed Slack's limit is left out rather than cut.
 */
export function planButtons(reply: Reply): ButtonPlan[] {
  return (reply.actions ?? []).flatMap((action) => {
    const actionId = actionIdOf(action, reply);
    const fits = actionId !== undefined && encodeInvocation(action.invocation).length <= SLACK_LIMITS.buttonValue;
    return fits ? [{ actionId, label: action.label, invocation: action.invocation }] : [];
  });
}

/** A button's value: the invocation it runs, as compact JSON. */
export function encodeInvocation(invocation: Invocation): string {
  return JSON.stringify({ c: invocation.command, o: invocation.options });
}

const buttonValueSchema = z.object({ c: z.string().min(1), o: z.record(z.string(), z.unknown()) });

/** Reads a button's value back; undefined when it is not one of ours. */
export function decodeInvocation(value: string | undefined): Invocation | undefined {
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? { command: parsed.data.c, options: parsed.data.o } : undefined;
  } catch {
    return undefined;
  }
}

/** How the reply to a pressed button is delivered; undefined for an action that is not ours. */
export function deliveryOf(actionId: string): ButtonDelivery | undefined {
  const base = actionId.startsWith(`${ACTIONS.report.id}:`) ? ACTIONS.report.id : actionId;
  return Object.values(ACTIONS).find((action) => action.id === base)?.delivery;
}
