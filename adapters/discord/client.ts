import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags, Status } from 'discord.js';
import type { CommandSpec } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import type { Logger } from '../../src/logger';
import { type AutocompleteSource, createAutocompleteHandler } from './autocomplete';
import type { DiscordConfig } from './config';
import { createButtonHandler } from './handle-button';
import { createCommandHandler } from './handle-command';
import { createModalHandler } from './handle-modal';
import type { Pager } from './pager';

/** What the Discord adapter needs: the core's dispatch, specs, completions and page listings, and its settings. */
export interface DiscordAdapterDeps {
  dispatch: Dispatch;
  specs: readonly CommandSpec[];
  autocomplete: AutocompleteSource;
  /** The core's page listings, kept in the store so page buttons work on any process and after a restart. */
  pager: Pager;
  config: DiscordConfig;
  logger: Logger;
}

/** A running Discord adapter. */
export interface DiscordAdapter {
  /** Whether the gateway connection is up (false while it reconnects). */
  isConnected(): boolean;
  stop(): Promise<void>;
}

/**
 * A discord.js client for briefbot: interactions need no privileged intents, no message it sends
 * may mention anyone (set here, so even a message built elsewhere cannot ping), and its REST base
 * comes from the settings so a proxy or a test stand-in can take Discord's place.
 */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api: config.apiUrl } });
}

// Last resort for a bug in the adapter or a failed API call: log it and tell the person privately.
async function apologise(interaction: Interaction, ref: string): Promise<void> {
  if (!interaction.isRepliable()) return;
  const message = {
    content: `Something went wrong (ref ${ref}). The team can find what happened under that reference.`,
    flags: MessageFlags.Ephemeral as const,
    allowedMentions: { parse: [] },
  };
  await (interaction.deferred || interaction.replied ? interaction.followUp(message) : interaction.reply(message)).catch(() => undefined);
}

function createInteractionRouter(deps: DiscordAdapterDeps): (interaction: Interaction) => Promise<void> {
  const moderation = { guildIds: deps.config.moderatorGuildIds ?? [], roleIds: deps.config.moderatorRoleIds };
  const handlerDeps = { dispatch: deps.dispatch, pager: deps.pager, moderation, specs: deps.specs };
  const onCommand = createCommandHandler(handlerDeps);
  const onButton = createButtonHandler(handlerDeps);
  const onModal = createModalHandler(handlerDeps);
  const onAutocomplete = createAutocompleteHandler({ ...deps, moderation });
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isModalSubmit()) await onModal(interaction);
    } catch (error) {
      const ref = randomBytes(3).toString('hex');
      deps.logger.error({ err: error, ref, interaction: interaction.id }, 'discord interaction failed');
      await apologise(interaction, ref);
    }
  };
}

function warnWithoutModerators(config: DiscordConfig, logger: Logger): void {
  if (config.moderatorRoleIds.length > 0 || (config.moderatorGuildIds ?? []).length > 0) return;
  logger.warn(
    'no Discord moderators: nobody can change the fact base from Discord. Set DISCORD_MODERATOR_GUILD_IDS (servers where Manage Messages moderates) or DISCORD_MODERATOR_ROLE_IDS (moderator roles)',
  );
}

/** Logs in to Discord and answers interactions until stopped; resolves once the client is ready. */
export async function startDiscordAdapter(deps: DiscordAdapterDeps): Promise<DiscordAdapter> {
  const client = createDiscordClient(deps.config);
  const route = createInteractionRouter(deps);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.Error, (error) => deps.logger.error({ err: error }, 'discord client error'));
  try {
    await Promise.all([once(client, Events.ClientReady), client.login(deps.config.token)]);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  deps.logger.info({ user: client.user?.tag, shards: client.options.shards }, 'discord adapter ready');
  warnWithoutModerators(deps.config, deps.logger);
  return { isConnected: () => client.ws.status === Status.Ready, stop: () => client.destroy() };
}
