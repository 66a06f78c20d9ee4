import type { CitedFact } from './domain/fact';
import type { SourceCitation } from './domain/source';

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

/**
 * What every command returns, platform-neutral. All text is plain: each adapter's renderer escapes
 * it for its platform and fits it into that platform's limits.
 */
export interface Reply {
  visibility: Visibility;
  title?: string;
  blocks: Block[];
  /**
   * Present when the result has more pages. An adapter shows another page by dispatching the same
   * command with the same options and `page` set to the wanted index (from 1).
   */
  page?: { index: number; total: number };
  /** The command's structured result for machine readers (the CLI's `--json`). */
  data?: unknown;
  /**
   * The full result as a file, e.g. a briefing note in Markdown with every quote, for platforms that
   * attach files (Slack, Discord) next to the blocks they fit into their limits; text platforms ignore it.
   */
  attachment?: { filename: string; text: string };
}

/**
 * Something a reader can do with a fact a reply shows, platform-neutral: adapters decide only how
 * it looks. `invocation` is dispatched once the reader filled in the option named by `asks`.
 */
export interface FactAction {
  kind: 'report';
  label: string;
  invocation: { name: string; options: Record<string, string> };
  asks: string;
}

/** The action that reports the fact with this id as wrong, asking for the reason. */
export function reportActionFor(factId: string): FactAction {
  return { kind: 'report', label: `Report a problem (${factId})`, invocation: { name: 'fact report', options: { id: factId } }, asks: 'reason' };
}

/** What every rendered fact offers: an active fact can be reported as wrong, with a reason. */
export function factActionsFor(fact: FactView): FactAction[] {
  return fact.status === 'active' ? [reportActionFor(fact.id)] : [];
}

/** A private reply holding a single notice. */
export function noticeReply(level: NoticeLevel, text: string): Reply {
  return { visibility: 'private', blocks: [{ kind: 'notice', level, text }] };
}

/** The reply with a note from reading the command line (a corrected command name) put first. */
export function withNote(reply: Reply, note: string): Reply {
  return { ...reply, blocks: [{ kind: 'notice', level: 'info', text: note }, ...reply.blocks] };
}
