import type { ButtonInteraction } from 'discord.js';
import { type CommandSpec, commandName } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import { noticeReply } from '../../src/reply';
import { type ButtonAction, REASON_FIELD, buildReportModal, parseButtonId } from './buttons';
import { deliverPrivately, deliverUpdate } from './deliver';
import { type ModerationRules, toCaller } from './moderators';
import type { Pager } from './pager';
import { isRefusal, renderReply } from './render';

/** The core command that shows one fact with its full citation, whatever its status. */
const CITATION_COMMAND = 'brief fact';

const EXPIRED = noticeReply('info', 'These pages have expired (briefbot keeps recent lists only). Run the command again to page through them.');

type Deps = { dispatch: Dispatch; pager: Pager; moderation: ModerationRules; specs: readonly CommandSpec[] };

/** The command a report form runs; its reason's limit comes from the command's schema. */
export const REPORT_COMMAND = 'fact report';

function reasonLimit(specs: readonly CommandSpec[]): number {
  const option = specs.find((spec) => commandName(spec) === REPORT_COMMAND)?.options.find((candidate) => candidate.name === REASON_FIELD);
  // Discord's own ceiling for a text input.
  return Math.min(option?.maxLength ?? 4000, 4000);
}

async function turnPage(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'page' }>, deps: Deps): Promise<void> {
  const request = deps.pager.recall(action.key);
  if (!request) {
    await deliverPrivately(interaction, renderReply(EXPIRED));
    return;
  }
  // Re-dispatching as the clicker means the core checks their access, not the original asker's.
  const reply = await deps.dispatch(request.command, { ...request.options, page: action.index }, toCaller(interaction, deps.moderation));
  const messages = renderReply(reply, { pageKey: action.key });
  // A refusal goes to the clicker alone and leaves the shared message as it was.
  await (isRefusal(reply) ? deliverPrivately(interaction, messages) : deliverUpdate(interaction, messages));
}

async function showCitation(interaction: ButtonInteraction, factId: string, deps: Deps): Promise<void> {
  const reply = await deps.dispatch(CITATION_COMMAND, { id: factId }, toCaller(interaction, deps.moderation));
  await deliverPrivately(interaction, renderReply(reply));
}

async function openReportForm(interaction: ButtonInteraction, factId: string, deps: Deps): Promise<void> {
  await interaction.showModal(buildReportModal(factId, reasonLimit(deps.specs)));
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
