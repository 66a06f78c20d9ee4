import type { ModalSubmitInteraction } from 'discord.js';
import type { Dispatch } from '../../src/dispatch';
import { reportActionFor } from '../../src/reply-actions';
import { REASON_FIELD, parseReportFormId } from './buttons';
import { deliverPrivately } from './deliver';
import { type ModerationRules, toCaller } from './moderators';
import { renderReply } from './render';

type Deps = { dispatch: Dispatch; moderation: ModerationRules };

/** Handles a submitted report form: runs the fact's report action for whoever submitted it and answers them privately. */
export function createModalHandler(deps: Deps) {
  return async (interaction: ModalSubmitInteraction): Promise<void> => {
    const factId = parseReportFormId(interaction.customId);
    if (!factId) {
      await interaction.deferUpdate();
      return;
    }
    const { invocation, asks } = reportActionFor(factId);
    const answer = interaction.fields.getTextInputValue(REASON_FIELD);
    const reply = await deps.dispatch(invocation.command, { ...invocation.options, [asks]: answer }, toCaller(interaction, deps.moderation));
    await deliverPrivately(interaction, renderReply(reply));
  };
}
