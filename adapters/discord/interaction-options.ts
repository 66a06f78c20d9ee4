import { ApplicationCommandOptionType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { Invocation } from '../../src/invocation';

/**
 * The core command an interaction names (`/group subcommand` is `group subcommand`) with its options,
 * Discord's types kept: strings stay strings, integers numbers and booleans booleans, so the core's
 * schemas see what the person chose, not free text.
 */
export function toInvocation(interaction: ChatInputCommandInteraction | AutocompleteInteraction): Invocation {
  const subcommand = interaction.options.data.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  const given = subcommand ? (subcommand.options ?? []) : interaction.options.data;
  return {
    command: subcommand ? `${interaction.commandName} ${subcommand.name}` : interaction.commandName,
    options: Object.fromEntries(given.filter((option) => option.value !== undefined).map((option) => [option.name, option.value])),
  };
}
