import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { isOffered } from '../../src/command-access';
import type { CommandSpec, OptionSpec, OptionType } from '../../src/command-spec';
import { truncateText } from './escape';
import { DISCORD_LIMITS as LIMITS } from './limits';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
} as const satisfies Record<OptionType, ApplicationCommandOptionType>;

// Discord's rule for command and option names; it also requires lower case where a letter has one.
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(name: string, where: string): string {
  if (!NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
    throw new Error(`${where} name “${name}” is not a valid Discord name: use 1–32 lower-case letters, digits, - or _.`);
  }
  return name;
}

function checkCount(count: number, where: string): void {
  if (count > LIMITS.optionsPerCommand) throw new Error(`${where} has ${count} entries; Discord allows ${LIMITS.optionsPerCommand}.`);
}

const describe = (text: string): string => truncateText(text, LIMITS.commandDescription);

function toOptionJson(option: OptionSpec, where: string): APIApplicationCommandBasicOption {
  if (option.fromAttachment) {
    return {
      type: ApplicationCommandOptionType.Attachment,
      name: checkName(option.name, `${where} option`),
      description: describe(`${option.description}: attach the file`),
      required: option.required,
    };
  }
  return {
    type: OPTION_TYPES[option.type],
    name: checkName(option.name, `${where} option`),
    description: describe(option.description),
    required: option.required,
    ...(option.autocomplete && option.type !== 'boolean' ? { autocomplete: true } : {}),
    // Discord then refuses longer text in its own client, before any of it reaches the bot.
    ...(option.type === 'string' && option.maxLength ? { max_length: Math.min(option.maxLength, LIMITS.stringOption) } : {}),
  } as APIApplicationCommandBasicOption;
}

function toSubcommandJson(spec: CommandSpec): APIApplicationCommandSubcommandOption {
  const where = `/${spec.group} ${spec.name}`;
  checkCount(spec.options.length, where);
  // Discord rejects a required option after an optional one; the sort is stable, so order is kept otherwise.
  const options = [...spec.options].sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: checkName(spec.name, where),
    description: describe(spec.description),
    options: options.map((option) => toOptionJson(option, where)),
  };
}

type Named = { name: string; description?: string; options?: readonly Named[] };

const measureCommand = (node: Named): number =>
  node.name.length + (node.description?.length ?? 0) + (node.options ?? []).reduce((sum, option) => sum + measureCommand(option), 0);

function checkTotal(command: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const size = measureCommand(command);
  if (size > LIMITS.commandTotal) throw new Error(`/${command.name} has ${size} characters of names and descriptions; Discord allows ${LIMITS.commandTotal}.`);
  return command;
}

/**
 * One slash command per group with its subcommands. Groups whose every subcommand is for
 * moderators are shown by default only to members with Manage Messages (server admins may change
 * that, which is why the core checks again on every run); mixed groups such as `/fact` stay visible.
 * Discord sets where a command runs per command, not per subcommand, so a group holding any
 * moderator subcommand is offered only in servers that installed the bot: never in direct
 * messages, nor where a person installed the app for themselves.
 */
function toGroupJson(group: string, specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  checkCount(specs.length, `/${group}`);
  const moderatorOnly = specs.every((spec) => spec.access === 'moderator');
  const moderates = specs.some((spec) => spec.access === 'moderator');
  return checkTotal({
    type: ApplicationCommandType.ChatInput,
    name: checkName(group, 'Command'),
    description: describe(`briefbot: ${specs.map((spec) => spec.name).join(', ')}`),
    options: specs.map(toSubcommandJson),
    default_member_permissions: moderatorOnly ? PermissionFlagsBits.ManageMessages.toString() : null,
    ...(moderates ? { contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] } : {}),
  });
}

/** The application command JSON for every command offered on Discord, generated from the specs. */
export function toCommandJson(specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const groups = new Map<string, CommandSpec[]>();
  for (const spec of specs.filter((spec) => isOffered(spec, 'discord'))) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  return [...groups].map(([group, members]) => toGroupJson(group, members));
}
