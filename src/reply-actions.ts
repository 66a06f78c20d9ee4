import type { CommandSpec } from './command-spec';
import type { Invocation } from './invocation';
import type { Action, CommandReply, FactView } from './reply';
import { PUBLIC_OPTION } from './visibility';

/** The command that shows one fact with its full citation, whatever its status. */
const CITATION_COMMAND = 'brief fact';
/** The command that reports a fact as wrong, and the option the reader fills in. */
const REPORT_COMMAND = { name: 'fact report', asks: 'reason' } as const;

/** The action that shows the fact with this id with its full citation. */
export function citeActionFor(factId: string): Extract<Action, { kind: 'cite' }> {
  return { kind: 'cite', label: `${factId} · full citation`, invocation: { command: CITATION_COMMAND, options: { id: factId } }, factId };
}

/** The action that reports the fact with this id as wrong, asking for the reason. */
export function reportActionFor(factId: string): Extract<Action, { kind: 'report' }> {
  return {
    kind: 'report',
    label: `Report a problem (${factId})`,
    invocation: { command: REPORT_COMMAND.name, options: { id: factId } },
    factId,
    asks: REPORT_COMMAND.asks,
  };
}

function pageActions(invocation: Invocation, page: CommandReply['page']): Action[] {
  if (!page || page.total <= 1) return [];
  const to = (index: number, label: string): Action => ({
    kind: 'page',
    label,
    page: index,
    invocation: { command: invocation.command, options: { ...invocation.options, page: index } },
  });
  return [
    ...(page.index > 1 ? [to(page.index - 1, `◀ Page ${page.index - 1}`)] : []),
    ...(page.index < page.total ? [to(page.index + 1, `Page ${page.index + 1} ▶`)] : []),
  ];
}

function publishActions(invocation: Invocation, reply: CommandReply, spec: Pick<CommandSpec, 'visibility'>): Action[] {
  if (spec.visibility !== 'on-request' || reply.visibility === 'public') return [];
  return [
    { kind: 'publish', label: 'Post to channel', invocation: { command: invocation.command, options: { ...invocation.options, [PUBLIC_OPTION]: true } } },
  ];
}

// A private reply holding one fact is already its full citation; anywhere else a reader may pull a
// fact up privately as it stands now (with its status, should it be retracted later).
function factActions(reply: CommandReply): Action[] {
  const facts = reply.blocks.flatMap((block) => (block.kind === 'fact' ? [block.fact] : []));
  const cite = reply.visibility === 'public' || facts.length > 1 ? facts.map((fact) => citeActionFor(fact.id)) : [];
  const report = facts.filter((fact: FactView) => fact.status === 'active').map((fact) => reportActionFor(fact.id));
  return [...cite, ...report];
}

/**
 * The reply's actions: turning its pages, those its command offers (more results for an answer),
 * posting a private reply to the channel where the command may answer publicly, and each fact's
 * full citation and report.
 */
export function withActions(reply: CommandReply, invocation: Invocation, spec: Pick<CommandSpec, 'visibility'>): CommandReply {
  const actions = [...pageActions(invocation, reply.page), ...(reply.actions ?? []), ...publishActions(invocation, reply, spec), ...factActions(reply)];
  return actions.length > 0 ? { ...reply, actions } : reply;
}
