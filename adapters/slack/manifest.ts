import { parseArgs } from 'node:util';
import { isOffered } from '../../src/command-access';
import type { CommandSpec } from '../../src/command-spec';
import { SLACK_LIMITS } from './limits';
import { type ScopeSettings, botScopesFor } from './manifest-scopes';

/** The app manifest fields briefbot sets (Slack's app manifest reference, schema version 1). */
export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; background_color: string };
  features: {
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: { command: string; description: string; usage_hint: string; should_escape: boolean; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/** Socket Mode needs no public address; HTTP mode needs the address Slack posts to. */
export type ManifestMode = { mode: 'socket' } | { mode: 'http'; requestUrl: string };

/** Where the HTTP receiver listens, relative to the public address. */
export const EVENTS_PATH = '/slack/events';

// `/brief <question>` asks: the text-command grammar's default, repeated here for the usage hint.
const DEFAULT_COMMAND = { group: 'brief', name: 'ask' } as const;

/** The commands offered on Slack by group (`brief`, `fact`, …): one slash command each. */
export function groupSlackCommands(specs: readonly CommandSpec[]): Map<string, CommandSpec[]> {
  const groups = new Map<string, CommandSpec[]>();
  for (const spec of specs.filter((spec) => isOffered(spec, 'slack'))) {
    groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  }
  return groups;
}

function describeGroup(group: string, specs: readonly CommandSpec[]): { description: string; usage_hint: string } {
  const asks = group === DEFAULT_COMMAND.group && specs.some((spec) => spec.name === DEFAULT_COMMAND.name);
  const others = specs.filter((spec) => !(asks && spec.name === DEFAULT_COMMAND.name));
  const names = others.map((spec) => spec.name).join(', ');
  const lead = asks ? specs.find((spec) => spec.name === DEFAULT_COMMAND.name)!.description : specs.length === 1 ? specs[0]!.description : undefined;
  const description = lead ? `${lead}${others.length ? ` (also: ${names})` : ''}` : `${names}: see /brief help`;
  const usage = [...(asks ? ['<question>'] : []), ...others.map((spec) => (spec.options.length ? `${spec.name} …` : spec.name))].join(' | ');
  return { description: description.slice(0, SLACK_LIMITS.commandDescription), usage_hint: usage.slice(0, SLACK_LIMITS.commandUsageHint) };
}

/** The names the app shows: its name in the app directory and the bot's display name. */
export interface ManifestNames {
  name?: string | undefined;
  displayName?: string | undefined;
}

// Slack refuses a manifest whose names are empty or too long; cutting them would install an app
// under a name nobody chose, so a wrong one is refused with the limit.
function checkName(value: string, option: string, limit: number): string {
  const name = value.trim();
  if (name === '') throw new Error(`${option} must not be empty, e.g. ${option} "briefbot".`);
  if (name.length > limit) throw new Error(`${option} is ${name.length} characters; Slack allows ${limit}. Choose a shorter one, e.g. ${option} "briefbot".`);
  return name;
}

/**
 * The Slack app manifest for briefbot, generated from the command definitions: one slash command
 * per group (`/brief`, `/fact`, …) with only the bot scopes this configuration uses and
 * interactivity on (for buttons and forms). In HTTP mode every request goes to `requestUrl`; in
 * Socket Mode none is needed. Throws an Error naming a name Slack would refuse.
 */
export function createSlackManifest(specs: readonly CommandSpec[], mode: ManifestMode, names: ManifestNames = {}, settings: ScopeSettings = {}): SlackManifest {
  const name = checkName(names.name ?? 'briefbot', '--name', SLACK_LIMITS.appName);
  const displayName = checkName(names.displayName ?? name, '--display-name', SLACK_LIMITS.botDisplayName);
  const url = mode.mode === 'http' ? { url: mode.requestUrl } : {};
  const slashCommands = [...groupSlackCommands(specs)].map(([group, members]) => ({
    command: `/${group}`.slice(0, SLACK_LIMITS.commandName),
    ...describeGroup(group, members),
    // Typed mentions stay as typed: briefbot stores plain text, never Slack's <@U…> markup.
    should_escape: false,
    ...url,
  }));
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Answers briefing questions with sourced facts: each claim with its verbatim quote and source.'.slice(0, SLACK_LIMITS.appDescription),
      background_color: '#1d3557',
    },
    features: { bot_user: { display_name: displayName, always_online: false }, slash_commands: slashCommands },
    oauth_config: { scopes: { bot: botScopesFor(settings).map((need) => need.scope) } },
    settings: {
      interactivity: { is_enabled: true, ...(mode.mode === 'http' ? { request_url: mode.requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: mode.mode === 'socket',
      token_rotation_enabled: false,
    },
  };
}

const USAGE = 'Use: slack-manifest [--url https://public.address] [--name briefbot] [--display-name briefbot]';

/**
 * The `slack-manifest` subcommand: `[--url https://public.address] [--name …] [--display-name …]`.
 * With `--url` the manifest is for HTTP mode (requests to `<url>/slack/events`); without, for
 * Socket Mode. Returns the manifest as JSON text, or throws an Error saying what was wrong.
 */
export function renderSlackManifest(specs: readonly CommandSpec[], args: readonly string[], settings: ScopeSettings = {}): string {
  let values: { url?: string; name?: string; 'display-name'?: string };
  try {
    const options = { url: { type: 'string' }, name: { type: 'string' }, 'display-name': { type: 'string' } } as const;
    ({ values } = parseArgs({ args: [...args], options, strict: true }));
  } catch (error) {
    throw new Error(`${(error as Error).message.replace(/\. To specify.*$/s, '').replace(/\.?$/, '.')} ${USAGE}`);
  }
  if (values.url !== undefined && !/^https:\/\/[^/\s]+/i.test(values.url))
    throw new Error(`--url must be the https:// address Slack can reach briefbot at. ${USAGE}`);
  const mode: ManifestMode =
    values.url === undefined
      ? { mode: 'socket' }
      : { mode: 'http', requestUrl: `${values.url.replace(/\/+$/, '').replace(/\/slack\/events$/, '')}${EVENTS_PATH}` };
  const names = { name: values.name, displayName: values['display-name'] };
  try {
    return `${JSON.stringify(createSlackManifest(specs, mode, names, settings), null, 2)}\n`;
  } catch (error) {
    throw new Error(`${(error as Error).message} ${USAGE}`);
  }
}
