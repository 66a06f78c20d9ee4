import { ApplicationCommandOptionType, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { PageRequest } from './pager';

/** The core command an interaction names (`brief ask`) and its options with their Discord types kept. */
export type CommandCall = PageRequest;

/**
 * Reads `/group subcommand` and the subcommand's typed options: strings stay strings, integers
 * numbers and booleans booleans, so the core's schemas see what the person chose, not free text.
 */
export function toCommandCall(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandCall {
  const subcommand = interaction.options.data.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  const given = subcommand ? (subcommand.options ?? []) : interaction.options.data;
  return {
    command: subcommand ? `${interaction.commandName} ${subcommand.name}` : interaction.commandName,
    options: Object.fromEntries(given.filter((option) => option.value !== undefined).map((option) => [option.name, option.value])),
  };
}
