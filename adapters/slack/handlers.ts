import type { AckFn, App, BlockAction, ButtonAction, RespondFn, SlashCommand, ViewResponseAction, ViewSubmitAction, webApi } from '@slack/bolt';
import type { Caller } from '../../src/caller';
import { canRun } from '../../src/command-access';
import { type CommandSpec, commandName } from '../../src/command-spec';
import type { Dispatch } from '../../src/dispatch';
import type { Logger } from '../../src/logger';
import type { Invocation } from '../../src/invocation';
import { type Reply, errorReply, withNote } from '../../src/reply';
import { settleWithin } from '../../src/settle-within';
import { ACTION_PREFIX, decodeInvocation, deliveryOf } from './buttons';
import { postReply, sendReply } from './deliver';
import { groupSlackCommands } from './manifest';
import { FORM_CALLBACK_ID, buildFormView, readFormMetadata, readFormValues, toFormRefusal, wantsForm } from './modal';
import type { ModeratorCheck } from './moderators';
import { parseSlashCommand } from './parse-slash-command';
import { FOREIGN_WORKSPACE_MESSAGE, readPayloadTeam } from './workspace';

/** What the Slack listeners need from the rest of briefbot. */
export interface HandlerDeps {
  dispatch: Dispatch;
  specs: readonly CommandSpec[];
  isModerator: ModeratorCheck;
  logger: Logger;
  /** The one workspace whose requests are served; any other team's are refused. */
  teamId: string;
}

/** Where a request came from: its workspace and, for commands and buttons, its channel. */
interface Origin {
  teamId: string | undefined;
  channelId?: string | undefined;
}

const FOREIGN = errorReply('refused', FOREIGN_WORKSPACE_MESSAGE, { identifier: 'foreign-workspace' });

const formDidNotOpen = (text: string): Reply => errorReply('failed', text, { identifier: 'form-unavailable' });

/** Slack waits 3 s for a form's answer; what is not decided by then is posted afterwards. */
export const FORM_ANSWER_BUDGET_MS = 2000;

const findSpec = (deps: HandlerDeps, name: string): CommandSpec | undefined => deps.specs.find((spec) => commandName(spec) === name);

function isForeign(deps: HandlerDeps, origin: Origin): boolean {
  if (origin.teamId === deps.teamId) return false;
  deps.logger.warn({ team: origin.teamId ?? 'none' }, 'refused a request from another Slack workspace');
  return true;
}

async function toCaller(deps: HandlerDeps, userId: string, displayName: string, origin: Origin): Promise<Caller> {
  return {
    platform: 'slack',
    userId,
    displayName,
    isModerator: await deps.isModerator(userId),
    ...(origin.teamId ? { workspaceId: origin.teamId } : {}),
    ...(origin.channelId ? { channelId: origin.channelId } : {}),
  };
}

const answer = (deps: HandlerDeps, invocation: Invocation, caller: Caller): Promise<Reply> => deps.dispatch(invocation.command, invocation.options, caller);

async function openForm(deps: HandlerDeps, client: webApi.WebClient, command: SlashCommand, spec: CommandSpec, respond: RespondFn): Promise<void> {
  try {
    await client.views.open({
      trigger_id: command.trigger_id,
      view: buildFormView(spec, { command: commandName(spec), responseUrl: command.response_url, channelId: command.channel_id }),
    });
  } catch (error) {
    deps.logger.warn({ reason: (error as Error).message, command: commandName(spec) }, 'could not open the Slack form');
    const example = `/${commandName(spec)} --${spec.options[0]?.name} "…"`;
    await sendReply(respond, formDidNotOpen(`The form did not open. Type the options instead (/brief help lists them), e.g. ${example}`));
  }
}

/** A slash command, already acknowledged: parsed, run and answered through response_url. */
async function onCommand(deps: HandlerDeps, command: SlashCommand, respond: RespondFn, client: webApi.WebClient): Promise<void> {
  const origin = { teamId: command.team_id, channelId: command.channel_id };
  if (isForeign(deps, origin)) return sendReply(respond, FOREIGN);
  const parsed = parseSlashCommand(command.command, command.text, deps.specs);
  if (!parsed.ok) return sendReply(respond, errorReply('refused', parsed.message, { identifier: 'invalid-command-line' }));
  const caller = await toCaller(deps, command.user_id, command.user_name, origin);
  const spec = findSpec(deps, parsed.command);
  // The form is only offered to who may use it; anyone else gets the core's own refusal.
  if (spec && canRun(spec, caller) && wantsForm(spec, parsed.options)) {
    return openForm(deps, client, command, spec, respond);
  }
  const reply = await answer(deps, parsed, caller);
  // A corrected command name is said beside the answer, as in the terminal, never run silently.
  await sendReply(respond, parsed.note ? withNote(reply, parsed.note) : reply);
}

// A button that needs more from the reader (a report's reason) opens the command's form with what
// it carries filled in; the submission runs it like any form.
async function openButtonForm(deps: HandlerDeps, client: webApi.WebClient, body: BlockAction, invocation: Invocation, respond: RespondFn): Promise<void> {
  const spec = findSpec(deps, invocation.command);
  if (!spec) return;
  try {
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildFormView(
        spec,
        { command: invocation.command, responseUrl: body.response_url, ...(body.channel?.id ? { channelId: body.channel.id } : {}) },
        { values: invocation.options },
      ),
    });
  } catch (error) {
    deps.logger.warn({ reason: (error as Error).message, command: invocation.command }, 'could not open the Slack form');
    await sendReply(
      respond,
      formDidNotOpen(`The form did not open. Type it instead, e.g. /${invocation.command} ${Object.values(invocation.options).join(' ')} <reason>`),
    );
  }
}

/** A button under a reply, already acknowledged: runs the command it carries for whoever pressed it. */
async function onButton(deps: HandlerDeps, body: BlockAction, action: ButtonAction, respond: RespondFn, client: webApi.WebClient): Promise<void> {
  const invocation = decodeInvocation(action.value);
  const delivery = deliveryOf(action.action_id);
  if (!invocation || !delivery) return;
  const origin = { teamId: readPayloadTeam(body), channelId: body.channel?.id };
  if (isForeign(deps, origin)) return sendReply(respond, FOREIGN);
  if (delivery === 'form') return openButtonForm(deps, client, body, invocation, respond);
  const caller = await toCaller(deps, body.user.id, body.user.username ?? body.user.name ?? body.user.id, origin);
  await sendReply(respond, await answer(deps, invocation, caller), delivery);
}

/**
 * A submitted form. Slack's answer (close, or errors on the fields) needs the outcome, so the
 * command runs before the ack; if it outlasts Slack's wait the form closes and the outcome is
 * posted when ready. The result goes to the response_url of the command that opened the form.
 */
async function onFormSubmission(deps: HandlerDeps, body: ViewSubmitAction, ack: AckFn<ViewResponseAction>): Promise<void> {
  const metadata = readFormMetadata(body.view.private_metadata);
  const spec = metadata && findSpec(deps, metadata.command);
  if (!metadata || !spec) return ack();
  const values = readFormValues(spec, body.view.state);
  const origin = { teamId: readPayloadTeam(body), channelId: metadata.channelId };
  if (isForeign(deps, origin)) return ack({ response_action: 'update', view: buildFormView(spec, metadata, { values, error: FOREIGN_WORKSPACE_MESSAGE }) });
  const invocation = { command: metadata.command, options: values };
  const pending = toCaller(deps, body.user.id, body.user.name, origin).then((caller) => answer(deps, invocation, caller));
  const early = await settleWithin(pending, FORM_ANSWER_BUDGET_MS, undefined);
  const refusal = early && toFormRefusal(spec, metadata, values, early);
  if (refusal) return ack(refusal);
  await ack();
  await postReply(metadata.responseUrl, early ?? (await pending));
}

/**
 * Registers briefbot's listeners on a Bolt app: one slash command per group, one listener for
 * every briefbot button, one for form submissions. Commands and buttons are acknowledged before
 * any work; a form submission within Slack's 3 seconds (see onFormSubmission). Each is refused
 * unless it comes from the bot's own workspace.
 */
export function registerSlackHandlers(app: App, deps: HandlerDeps): void {
  for (const group of groupSlackCommands(deps.specs).keys()) {
    app.command(`/${group}`, async ({ ack, command, respond, client }) => {
      await ack();
      await onCommand(deps, command, respond, client);
    });
  }
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: new RegExp(`^${ACTION_PREFIX}`) },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      await onButton(deps, body, action, respond, client);
    },
  );
  app.view<ViewSubmitAction>({ callback_id: FORM_CALLBACK_ID, type: 'view_submission' }, async ({ ack, body }) => {
    await onFormSubmission(deps, body, ack);
  });
}
