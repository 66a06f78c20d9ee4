import type { CitedFact } from './domain/fact';
import type { SourceCitation } from './domain/source';
import type { Invocation } from './invocation';

/** Where a reply may be shown: to everyone in the channel, or only to the person who asked. */
export type Visibility = 'public' | 'private';

/** Who published a fact, when and where. */
export type SourceView = SourceCitation;

/** A fact as users see it: the claim, the verbatim quote it rests on, and its source. */
export type FactView = CitedFact;

export type NoticeLevel = 'info' | 'warning' | 'error';

export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'fact'; fact: FactView }
  | { kind: 'list'; items: string[] }
  | { kind: 'notice'; level: NoticeLevel; text: string };

/** What happened to a command: it answered, it was refused (bad input, no access), or it failed. */
export type Outcome = 'ok' | 'refused' | 'failed';

/** Why a command did not answer, for adapters and tests to act on without reading the message. */
export interface ReplyError {
  /** The stable name of the failure (`unknown-fact`, `invalid-options`). */
  identifier: string;
  /** The option at fault, when one is: forms show the message under its field. */
  field?: string;
  /** What is wrong with each option at fault, when several are, in the order the message says it. */
  fields?: Record<string, string>;
}

/**
 * Something a reader can do next with a reply, platform-neutral: `invocation` is what runs when
 * they do it. Adapters decide only how an action looks (a button, its value or custom id).
 * - `page`: another page of the same listing (`page` is its number);
 * - `more`: more results than the answer shows;
 * - `publish`: the same private reply posted to the channel;
 * - `cite`: a fact's full citation, shown privately;
 * - `report`: a fact reported as wrong, once the reader filled in the option named by `asks`.
 */
export type Action =
  | { kind: 'page'; label: string; invocation: Invocation; page: number }
  | { kind: 'more'; label: string; invocation: Invocation }
  | { kind: 'publish'; label: string; invocation: Invocation }
  | { kind: 'cite'; label: string; invocation: Invocation; factId: string }
  | { kind: 'report'; label: string; invocation: Invocation; factId: string; asks: string };

/**
 * What dispatch returns for every command, platform-neutral. All text is plain: each adapter's
 * renderer escapes it for its platform and fits it into that platform's limits.
 */
export interface Reply {
  outcome: Outcome;
  visibility: Visibility;
  title?: string;
  blocks: Block[];
  /** What the reader can do next; none on a refusal or failure. */
  actions?: Action[];
  /** Present when the result has more pages; the `page` actions turn them. */
  page?: { index: number; total: number };
  /** The command's structured result for machine readers (the CLI's `--json`). */
  data?: unknown;
  /**
   * The full result as a file, e.g. a briefing note in Markdown with every quote, for platforms that
   * attach files (Slack, Discord) next to the blocks they fit into their limits; text platforms ignore it.
   */
  attachment?: { filename: string; text: string };
  /** Set when the outcome is not `ok`. */
  error?: ReplyError;
}

/** What a command's `run` returns: what to show. Dispatch adds the outcome and the actions that follow from it. */
export type CommandReply = Omit<Reply, 'outcome' | 'error'>;

/** A private reply that answered with a single notice. */
export function noticeReply(level: Exclude<NoticeLevel, 'error'>, text: string): Reply {
  return { outcome: 'ok', visibility: 'private', blocks: [{ kind: 'notice', level, text }] };
}

/** A private reply saying why nothing was done: refused (what to fix) or failed (what to try). */
export function errorReply(outcome: Exclude<Outcome, 'ok'>, text: string, error: ReplyError): Reply {
  return { outcome, visibility: 'private', blocks: [{ kind: 'notice', level: 'error', text }], error };
}

/** The reply with a note from reading the command line (a corrected command name) put first. */
export function withNote(reply: Reply, note: string): Reply {
  return { ...reply, blocks: [{ kind: 'notice', level: 'info', text: note }, ...reply.blocks] };
}
