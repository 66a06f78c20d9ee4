/**
 * Discord's hard limits, as the API documents them; a payload over any of them is rejected whole,
 * so the renderer and the command JSON generator fit everything into these.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  /** Summed over title, description, field names and values, footer and author of every embed in a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** The most a string option's max_length may declare. */
  stringOption: 6000,
  commandName: 32,
  commandDescription: 100,
  optionsPerCommand: 25,
  /** Summed over the names and descriptions of a command, its subcommands and their options. */
  commandTotal: 8000,
} as const;

/** Discord drops an autocomplete answer after 3 s; completions get this long, the rest is margin. */
export const DISCORD_TIMING = {
  autocompleteBudgetMs: 2500,
} as const;
