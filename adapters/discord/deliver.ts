import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import type { DiscordMessage } from './render';

// Discord decides whether a message is ephemeral when it is first sent; edits must not carry that flag.
function withoutFlags({ flags: _ephemeral, ...message }: DiscordMessage): Omit<DiscordMessage, 'flags'> {
  return message;
}

const isEphemeral = (message: DiscordMessage): boolean => message.flags !== undefined;

/**
 * Sends a rendered reply to a deferred command. The deferral follows the command's declared
 * visibility; only a refusal to a public request differs from it, and then the placeholder is
 * deleted and the reply sent afresh, so an error never shows to the channel.
 */
export async function deliverDeferred(interaction: ChatInputCommandInteraction, messages: readonly DiscordMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  if (isEphemeral(first) === Boolean(interaction.ephemeral)) {
    await interaction.editReply(withoutFlags(first));
  } else {
    await interaction.deleteReply();
    await interaction.followUp(first);
  }
  for (const message of rest) await interaction.followUp(message);
}

/** Replaces the clicked message with the first rendered message; the rest follow it. */
export async function deliverUpdate(interaction: ButtonInteraction, messages: readonly DiscordMessage[]): Promise<void> {
  const [first, ...rest] = messages;
  if (!first) return;
  await interaction.update(withoutFlags(first));
  for (const message of rest) await interaction.followUp(message);
}

/** Answers a click or a submitted form with a new message only the clicker sees. */
export async function deliverPrivately(interaction: ButtonInteraction | ModalSubmitInteraction, messages: readonly DiscordMessage[]): Promise<void> {
  const [first, ...rest] = messages.map((message) => ({ ...message, flags: MessageFlags.Ephemeral as const }));
  if (!first) return;
  await interaction.reply(first);
  for (const message of rest) await interaction.followUp(message);
}
