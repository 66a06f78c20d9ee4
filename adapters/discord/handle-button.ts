import type { ButtonInteraction } from 'discord.js';
import { type CommandSpec, commandName } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import type { Action } from '../../src/reply';
import { citeActionFor, reportActionFor } from '../../src/reply-actions';
import { type ButtonAction, buildReportModal, parseButtonId } from './buttons';
import { deliverPrivately, deliverUpdate } from './deliver';
import { type ModerationRules, toCaller } from './moderators';
import { type Pager, pageActionsOf } from './pager';
import { renderReply } from './render';

type Deps = { dispatch: Dispatch; pager: Pager; moderation: ModerationRules; specs: readonly CommandSpec[] };

// The field's limit is the one the action's command declares; 4000 is Discord's own ceiling for a text input.
function fieldLimit(specs: readonly CommandSpec[], action: Extract<Action, { kind: 'report' }>): number {
  const option = specs.find((spec) => commandName(spec) === action.invocation.command)?.options.find((candidate) => candidate.name === action.asks);
  return Math.min(option?.maxLength ?? 4000, 4000);
}

async function turnPage(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'page' }>, deps: Deps): Promise<void> {
  const recalled = await deps.pager.recall(action.key, action.index);
  // An expired listing or an unreachable store is told to the clicker alone.
  if ('reply' in recalled) return deliverPrivately(interaction, renderReply(recalled.reply));
  const { invocation } = recalled;
  // Re-dispatching as the clicker means the core checks their access, not the original asker's.
  const reply = await deps.dispatch(invocation.command, invocation.options, toCaller(interaction, deps.moderation));
  // A refusal goes to the clicker alone and leaves the shared message as it was.
  if (reply.outcome !== 'ok') return deliverPrivately(interaction, renderReply(reply));
  const key = await deps.pager.remember(pageActionsOf(reply), action.key);
  await deliverUpdate(interaction, renderReply(reply, key ? { pageKey: key } : {}));
}

async function showCitation(interaction: ButtonInteraction, factId: string, deps: Deps): Promise<void> {
  const { invocation } = citeActionFor(factId);
  const reply = await deps.dispatch(invocation.command, invocation.options, toCaller(interaction, deps.moderation));
  await deliverPrivately(interaction, renderReply(reply));
}

async function openReportForm(interaction: ButtonInteraction, factId: string, deps: Deps): Promise<void> {
  await interaction.showModal(buildReportModal(factId, fieldLimit(deps.specs, reportActionFor(factId))));
}

/** Handles briefbot's buttons: next or previous page in place, a fact's full citation privately, or the form to report a fact. */
export function createButtonHandler(deps: Deps) {
  return async (interaction: ButtonInteraction): Promise<void> => {
    const action = parseButtonId(interaction.customId);
    if (!action) {
      await interaction.deferUpdate();
      return;
    }
    if (action.kind === 'report') return openReportForm(interaction, action.factId, deps);
    await (action.kind === 'cite' ? showCitation(interaction, action.factId, deps) : turnPage(interaction, action, deps));
  };
}
