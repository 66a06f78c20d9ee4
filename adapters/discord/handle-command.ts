import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { Dispatch } from '../../src/dispatch';
import { noticeReply } from '../../src/reply';
import { UserError } from '../../src/user-error';
import { resolveAttachments } from './attachment-text';
import { deliverDeferred } from './deliver';
import { toCommandCall } from './interaction-options';
import { type ModerationRules, toCaller } from './moderators';
import type { Pager } from './pager';
import { renderReply } from './render';

/**
 * Runs a slash command: defers at once (search and writes may outlast Discord's 3-second window),
 * dispatches to the core, then edits the deferred reply. Commands answer privately unless asked
 * with `public: true`, so the deferral guesses that way.
 */
export function createCommandHandler(deps: { dispatch: Dispatch; pager: Pager; moderation: ModerationRules }) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const call = toCommandCall(interaction);
    await interaction.deferReply(call.options.public === true ? {} : { flags: MessageFlags.Ephemeral });
    let resolved: typeof call;
    try {
      resolved = await resolveAttachments(call, interaction);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      await deliverDeferred(interaction, renderReply(noticeReply('error', error.message)));
      return;
    }
    const reply = await deps.dispatch(resolved.command, resolved.options, toCaller(interaction, deps.moderation));
    const pageKey = reply.page && reply.page.total > 1 ? deps.pager.remember(call) : undefined;
    await deliverDeferred(interaction, renderReply(reply, pageKey ? { pageKey } : {}));
  };
}
