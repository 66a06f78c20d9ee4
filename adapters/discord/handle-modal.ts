import type { ModalSubmitInteraction } from 'discord.js';
import type { Dispatch } from '../../src/dispatch';
import { REASON_FIELD, parseReportFormId } from './buttons';
import { deliverPrivately } from './deliver';
import { REPORT_COMMAND } from './handle-button';
import { type ModerationRules, toCaller } from './moderators';
import { renderReply } from './render';

type Deps = { dispatch: Dispatch; moderation: ModerationRules };

/** Handles a submitted report form: runs `fact report` for whoever submitted it and answers them privately. */
export function createModalHandler(deps: Deps) {
  return async (interaction: ModalSubmitInteraction): Promise<void> => {
    const factId = parseReportFormId(interaction.customId);
    if (!factId) {
      await interaction.deferUpdate();
      return;
    }
    const reason = interaction.fields.getTextInputValue(REASON_FIELD);
    const reply = await deps.dispatch(REPORT_COMMAND, { id: factId, reason }, toCaller(interaction, deps.moderation));
    await deliverPrivately(interaction, renderReply(reply));
  };
}
