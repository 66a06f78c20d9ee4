import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { type CommandSpec, type OptionSpec, commandName } from '../../src/command-spec';
import type { Caller } from '../../src/caller';
import type { Logger } from '../../src/logger';
import { settleWithin } from '../../src/settle-within';
import { toInvocation } from './interaction-options';
import { type ModerationRules, toCaller } from './moderators';
import { DISCORD_LIMITS as LIMITS, DISCORD_TIMING as TIMING } from './limits';

/** What an option completes: entity names and aliases, source ids or fact ids. */
export type AutocompleteKind = NonNullable<OptionSpec['autocomplete']>;

/**
 * At most `limit` completions from the fact base for what the person has typed so far, best first
 * (exact matches first); the core implements it (with its rate limit per caller), so the adapter
 * never touches the store.
 */
export type AutocompleteSource = (kind: AutocompleteKind, typed: string, caller: Caller, limit: number) => Promise<{ name: string; value: string }[]>;

function findKind(specs: readonly CommandSpec[], command: string, option: string): AutocompleteKind | undefined {
  return specs.find((spec) => commandName(spec) === command)?.options.find((candidate) => candidate.name === option)?.autocomplete;
}

// Entity options take comma-separated names: complete the last one and keep those before it.
function splitTyped(kind: AutocompleteKind, typed: string): { prefix: string; last: string } {
  const comma = kind === 'entity' ? typed.lastIndexOf(',') : -1;
  return comma === -1 ? { prefix: '', last: typed.trim() } : { prefix: `${typed.slice(0, comma + 1).trim()} `, last: typed.slice(comma + 1).trim() };
}

function toChoices(suggestions: { name: string; value: string }[], prefix: string): ApplicationCommandOptionChoiceData<string>[] {
  const choices = new Map<string, ApplicationCommandOptionChoiceData<string>>();
  for (const { name, value } of suggestions) {
    const full = `${prefix}${value}`;
    // A value cannot be shortened without changing what it selects, so one that is too long is left out.
    if (full.length > LIMITS.choiceValue || choices.has(full)) continue;
    choices.set(full, { name: `${prefix}${name}`.slice(0, LIMITS.choiceName), value: full });
  }
  return [...choices.values()].slice(0, LIMITS.autocompleteChoices);
}

// Discord drops an autocomplete answer after 3 s: an empty list in time beats a full one too late.
const suggestInTime = (source: AutocompleteSource, kind: AutocompleteKind, typed: string, caller: Caller): Promise<{ name: string; value: string }[]> =>
  settleWithin(source(kind, typed, caller, LIMITS.autocompleteChoices), TIMING.autocompleteBudgetMs, []);

/** Answers an autocomplete interaction with at most 25 choices, within Discord's 3-second limit; an empty list once the person is over their completion rate limit. */
export function createAutocompleteHandler(deps: {
  specs: readonly CommandSpec[];
  autocomplete: AutocompleteSource;
  logger: Logger;
  moderation: ModerationRules;
}) {
  return async (interaction: AutocompleteInteraction): Promise<void> => {
    const focused = interaction.options.getFocused(true);
    const kind = findKind(deps.specs, toInvocation(interaction).command, focused.name);
    if (!kind) {
      await interaction.respond([]);
      return;
    }
    // A choice's value is at most 100 characters, so nothing past that can be completed: it is not read.
    const { prefix, last } = splitTyped(kind, String(focused.value).slice(0, LIMITS.choiceValue));
    const suggestions = await suggestInTime(deps.autocomplete, kind, last, toCaller(interaction, deps.moderation)).catch((error: unknown) => {
      deps.logger.warn({ err: error, kind }, 'autocomplete failed');
      return [];
    });
    await interaction.respond(toChoices(suggestions, prefix));
  };
}
