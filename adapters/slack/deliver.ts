import type { RespondFn } from '@slack/bolt';
import type { Reply } from '../../src/reply';
import type { ButtonDelivery } from './buttons';
import { type SlackMessage, renderReply } from './render';

/** A message as posted to a response_url, with whether it replaces the message a button was on. */
type Posted = SlackMessage & { replace_original?: boolean };

function toPosted(reply: Reply, delivery: ButtonDelivery | undefined): Posted[] {
  return renderReply(reply).map((message, index) =>
    // Only a page turn replaces the message its button was on; anything else is a new message.
    delivery === undefined ? message : { ...message, replace_original: delivery === 'replace' && index === 0 },
  );
}

/**
 * Renders a reply and sends it through Bolt's `respond` (the request's response_url), one
 * message after another so a split reply arrives in order. `delivery` is set for button presses.
 */
export async function sendReply(respond: RespondFn, reply: Reply, delivery?: ButtonDelivery): Promise<void> {
  for (const message of toPosted(reply, delivery)) await respond(message);
}

/**
 * Renders a reply and posts it to a response_url kept from an earlier request (a form's submission
 * has none of its own); throws when Slack does not accept it.
 */
export async function postReply(responseUrl: string, reply: Reply): Promise<void> {
  for (const message of toPosted(reply, undefined)) {
    const response = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
  }
}
