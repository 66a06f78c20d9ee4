import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type CommandSpec, commandName } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import { errorReply } from '../../src/reply';
import { UserError } from '../../src/user-error';
import { visibilityOf } from '../../src/visibility';
import { resolveAttachments } from './attachment-text';
import { deliverDeferred } from './deliver';
import { toInvocation } from './interaction-options';
import { type ModerationRules, toCaller } from './moderators';
import { type Pager, pageActionsOf } from './pager';
import { renderReply } from './render';

/**
 * Runs a slash command: defers at once (search and writes may outlast Discord's 3-second window),
 * dispatches to the core, then edits the deferred reply. The deferral is ephemeral unless the
 * command will answer the channel, as its declared visibility says.
 */
export function createCommandHandler(deps: { dispatch: Dispatch; pager: Pager; moderation: ModerationRules; specs: readonly CommandSpec[] }) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const invocation = toInvocation(interaction);
    const spec = deps.specs.find((candidate) => commandName(candidate) === invocation.command);
    await interaction.deferReply(visibilityOf(spec, invocation.options) === 'public' ? {} : { flags: MessageFlags.Ephemeral });
    let resolved: typeof invocation;
    try {
      resolved = await resolveAttachments(invocation, interaction);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      await deliverDeferred(interaction, renderReply(errorReply('refused', error.message, { identifier: error.identifier })));
      return;
    }
    const reply = await deps.dispatch(resolved.command, resolved.options, toCaller(interaction, deps.moderation));
    const pages = pageActionsOf(reply);
    const pageKey = pages.length > 0 ? await deps.pager.remember(pages) : undefined;
    await deliverDeferred(interaction, renderReply(reply, pageKey ? { pageKey } : {}));
  };
}
