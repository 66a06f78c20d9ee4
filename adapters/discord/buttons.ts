import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import type { Action } from '../../src/reply';
import { truncateText } from './escape';
import { DISCORD_LIMITS as LIMITS } from './limits';

/** A row of buttons as the API takes it. */
export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** What a click on one of briefbot's buttons asks for. */
export type ButtonAction = { kind: 'page'; key: string; index: number } | { kind: 'cite'; factId: string } | { kind: 'report'; factId: string };

const PAGE = 'page';
const CITE = 'cite';
const REPORT = 'report';

function createButton(customId: string, label: string, disabled = false): APIButtonComponentWithCustomId {
  if (customId.length > LIMITS.customId) throw new Error(`Button id “${customId}” is longer than ${LIMITS.customId} characters.`);
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: truncateText(label, LIMITS.buttonLabel), disabled };
}

/** Previous and next page buttons around a page indicator; ids carry the pager key and target page. */
export function buildPageRow(key: string, page: { index: number; total: number }): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      createButton(`${PAGE}:${key}:${page.index - 1}`, '◀ Previous', page.index <= 1),
      createButton(`${PAGE}:${key}:at`, `Page ${page.index} of ${page.total}`, true),
      createButton(`${PAGE}:${key}:${page.index + 1}`, 'Next ▶', page.index >= page.total),
    ],
  };
}

/** An action on one fact: its full citation, or a report of it (the button opens the report form). */
export type FactButtonAction = Extract<Action, { kind: 'cite' | 'report' }>;

/**
 * One button per fact action, five to a row. The id holds only the kind and the fact (Discord caps
 * it at 100 characters, and such a button keeps working after a restart); the core's
 * `citeActionFor` and `reportActionFor` turn it back into the action.
 */
export function buildFactActionRows(actions: readonly FactButtonAction[]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let start = 0; start < actions.length; start += LIMITS.buttonsPerRow) {
    const row = actions.slice(start, start + LIMITS.buttonsPerRow);
    rows.push({
      type: ComponentType.ActionRow,
      components: row.map((action) => createButton(`${action.kind === 'cite' ? CITE : REPORT}:${action.factId}`, action.label)),
    });
  }
  return rows;
}

/** The id of the reason field in a report form. */
export const REASON_FIELD = 'reason';

/** The form a report button opens: one reason field, no longer than the command accepts. */
export function buildReportModal(factId: string, maxLength: number): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${REPORT}:${factId}`,
    title: truncateText(`Report a problem with ${factId}`, 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: REASON_FIELD,
            label: 'What is wrong with it?',
            style: TextInputStyle.Paragraph,
            required: true,
            min_length: 1,
            max_length: maxLength,
          },
        ],
      },
    ],
  };
}

/** Reads a report form's id back: the fact it reports; undefined for any other id. */
export function parseReportFormId(customId: string): string | undefined {
  const [kind, factId] = customId.split(':');
  return kind === REPORT && factId && /^F\d{1,10}$/.test(factId) ? factId : undefined;
}

/** Reads a button id back; undefined for ids that are not an action (the page indicator). */
export function parseButtonId(customId: string): ButtonAction | undefined {
  const [kind, first, second] = customId.split(':');
  if (kind === CITE && first) return { kind: 'cite', factId: first };
  if (kind === REPORT && parseReportFormId(customId)) return { kind: 'report', factId: first! };
  const index = Number(second);
  if (kind === PAGE && first && Number.isInteger(index) && index >= 1) return { kind: 'page', key: first, index };
  return undefined;
}
