import type { types as SlackTypes, ViewErrorsResponseAction, ViewOutput, ViewUpdateResponseAction } from '@slack/bolt';
import * as z from 'zod';
import { type CommandSpec, type OptionSpec, commandName } from '../../src/command-spec';
import type { Reply } from '../../src/reply';
import { SLACK_LIMITS } from './limits';
import { escapeText, fitText } from './mrkdwn';

/** The callback_id of every briefbot form; the command it runs travels in private_metadata. */
export const FORM_CALLBACK_ID = 'briefbot:form';

const ACTION_ID = 'value';

/** What a form remembers between opening and submission. */
export interface FormMetadata {
  /** The command name, e.g. `fact add`. */
  command: string;
  /** The slash command's response_url: where the result of the submission is posted. */
  responseUrl: string;
  /** The channel the form was opened from (a view submission names none), for provenance. */
  channelId?: string;
}

const metadataSchema = z.object({ c: z.string().min(1), r: z.url({ protocol: /^https?$/ }), ch: z.string().max(40).optional() });

/**
 * Whether a command typed without any option is better served by a form: it has required options
 * and none of them can be typed as a bare word (`/fact add` yes, `/brief fact` no).
 */
export function wantsForm(spec: CommandSpec, options: Record<string, unknown>): boolean {
  const required = spec.options.filter((option) => option.required);
  return Object.keys(options).length === 0 && required.length > 0 && required.every((option) => !option.positional);
}

const toLabel = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
const plain = (text: string, max: number): SlackTypes.PlainTextElement => ({ type: 'plain_text', text: text.slice(0, max) });

function buildElement(option: OptionSpec, value: unknown): SlackTypes.InputBlock['element'] {
  const initial = value === undefined ? {} : { initial_value: String(value) };
  if (option.type === 'integer') return { type: 'number_input', action_id: ACTION_ID, is_decimal_allowed: false, ...initial };
  if (option.type === 'boolean') {
    const choice = { text: plain(option.description, SLACK_LIMITS.inputLabel), value: 'true' };
    return { type: 'checkboxes', action_id: ACTION_ID, options: [choice], ...(value === true ? { initial_options: [choice] } : {}) };
  }
  // Required text (a fact's statement and quote) is prose that deserves room to wrap. The core's
  // own limit goes on the field, so Slack stops the typing there instead of the core refusing it later.
  const maxLength = Math.min(option.maxLength ?? SLACK_LIMITS.plainTextInput, SLACK_LIMITS.plainTextInput);
  return { type: 'plain_text_input', action_id: ACTION_ID, multiline: option.required || option.multiline === true, max_length: maxLength, ...initial };
}

function buildInput(option: OptionSpec, value: unknown): SlackTypes.InputBlock {
  return {
    type: 'input',
    block_id: option.name,
    optional: !option.required,
    label: plain(toLabel(option.name), SLACK_LIMITS.inputLabel),
    hint: plain(option.description, SLACK_LIMITS.inputHint),
    element: buildElement(option, value),
  };
}

/**
 * A modal with one field per option of `spec`. `values` refill the fields and `error` shows above
 * them when a submission is sent back for a problem no single field can show.
 */
export function buildFormView(
  spec: CommandSpec,
  metadata: FormMetadata,
  state: { values?: Record<string, unknown>; error?: string } = {},
): SlackTypes.ModalView {
  const top: SlackTypes.KnownBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeText(spec.description), verbatim: true }] }];
  if (state.error)
    top.unshift({ type: 'section', text: { type: 'mrkdwn', text: `:x: ${fitText(state.error, SLACK_LIMITS.sectionText - 4)}`, verbatim: true } });
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: plain(`/${commandName(spec)}`, SLACK_LIMITS.modalTitle),
    submit: plain('Submit', SLACK_LIMITS.modalButton),
    close: plain('Cancel', SLACK_LIMITS.modalButton),
    private_metadata: JSON.stringify({ c: metadata.command, r: metadata.responseUrl, ch: metadata.channelId }),
    blocks: [...top, ...spec.options.map((option) => buildInput(option, state.values?.[option.name]))].slice(0, SLACK_LIMITS.modalBlocks),
  };
}

/** Reads back what buildFormView stored; undefined when the view is not a briefbot form. */
export function readFormMetadata(privateMetadata: string): FormMetadata | undefined {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(privateMetadata));
    if (!parsed.success) return undefined;
    return { command: parsed.data.c, responseUrl: parsed.data.r, ...(parsed.data.ch ? { channelId: parsed.data.ch } : {}) };
  } catch {
    return undefined;
  }
}

/** The raw options a submitted form holds; fields left empty are left out, as if not typed. */
export function readFormValues(spec: CommandSpec, state: ViewOutput['state']): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const option of spec.options) {
    const field = state.values[option.name]?.[ACTION_ID];
    if (option.type === 'boolean') {
      if (field?.selected_options?.length) options[option.name] = true;
    } else if (field?.value) {
      options[option.name] = field.value;
    }
  }
  return options;
}

// The refusal's words: its error notices, as every platform shows them.
const refusalText = (reply: Reply): string =>
  reply.blocks.flatMap((block) => (block.kind === 'notice' && block.level === 'error' ? [block.text] : [])).join(' ');

/** What goes under each field: per option when the core says what is wrong with each, else all under the one at fault. */
function errorsByField(spec: CommandSpec, reply: Reply, message: string): Record<string, string> {
  const error = reply.error;
  const byField = error?.fields ?? (error?.field ? { [error.field]: message } : {});
  // Only a field the form has can show an error; Slack rejects the answer otherwise.
  const shown = Object.entries(byField).filter(([name]) => spec.options.some((option) => option.name === name));
  return Object.fromEntries(shown.map(([name, text]) => [name, text.slice(0, SLACK_LIMITS.fieldError)]));
}

/**
 * Turns a refused submission into Slack's answer: the refusal under the field the core names as
 * at fault (each option's part under its own when several are), or, when it names none the form
 * has, the form shown again with its values and the message above them. Undefined when the command
 * answered.
 */
export function toFormRefusal(
  spec: CommandSpec,
  metadata: FormMetadata,
  values: Record<string, unknown>,
  reply: Reply,
): ViewErrorsResponseAction | ViewUpdateResponseAction | undefined {
  if (reply.outcome === 'ok') return undefined;
  const message = refusalText(reply);
  const errors = errorsByField(spec, reply, message);
  if (Object.keys(errors).length === 0) return { response_action: 'update', view: buildFormView(spec, metadata, { values, error: message }) };
  return { response_action: 'errors', errors };
}
