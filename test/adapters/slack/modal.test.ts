import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../../adapters/slack/limits';
import { buildFormView, readFormMetadata, readFormValues, toFormRefusal, wantsForm } from '../../../adapters/slack/modal';
import type { CommandSpec } from '../../../src/command-spec';
import { errorReply, noticeReply } from '../../../src/reply';
import { member, moderator, noticesOf, openTestCore } from '../../helpers/core';

const factAdd: CommandSpec = {
  group: 'fact',
  name: 'add',
  description: 'Add a sourced fact',
  access: 'moderator',
  options: [
    { name: 'statement', description: 'The claim in plain words', type: 'string', required: true },
    { name: 'quote', description: 'Verbatim words from the source', type: 'string', required: true },
    { name: 'source', description: 'An existing source id', type: 'string', required: false },
    { name: 'source-title', description: 'A new source: its title', type: 'string', required: false },
    { name: 'source-url', description: 'A new source: its address', type: 'string', required: false },
    { name: 'period', description: 'When', type: 'string', required: false },
    { name: 'count', description: 'How many', type: 'integer', required: false },
    { name: 'public', description: 'Show to the channel', type: 'boolean', required: false },
  ],
  accepts: () => true,
};
const metadata = { command: 'fact add', responseUrl: 'https://hooks.slack.com/commands/T1/2/abc' };

type Input = {
  type: string;
  block_id: string;
  optional: boolean;
  label: { text: string };
  element: { type: string; multiline?: boolean; initial_value?: string };
};
const inputsOf = (view: ReturnType<typeof buildFormView>): Input[] => (view.blocks as unknown as Input[]).filter((block) => block.type === 'input');

describe('Slack forms', () => {
  it('offers a form for a bare command whose required options are not typed as bare words', () => {
    expect(wantsForm(factAdd, {})).toBe(true);
    expect(wantsForm(factAdd, { statement: 'x' })).toBe(false);
    const showFact: CommandSpec = { ...factAdd, options: [{ name: 'id', description: 'Fact id', type: 'string', required: true, positional: true }] };
    expect(wantsForm(showFact, {})).toBe(false);
    expect(wantsForm({ ...factAdd, options: [] }, {})).toBe(false);
  });

  it('has one field per option, required ones mandatory, titled with the command', () => {
    const view = buildFormView(factAdd, metadata);
    expect(view.title.text).toBe('/fact add');
    expect(view.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    const inputs = inputsOf(view);
    expect(inputs.map((input) => [input.block_id, input.optional, input.element.type])).toEqual([
      ['statement', false, 'plain_text_input'],
      ['quote', false, 'plain_text_input'],
      ['source', true, 'plain_text_input'],
      ['source-title', true, 'plain_text_input'],
      ['source-url', true, 'plain_text_input'],
      ['period', true, 'plain_text_input'],
      ['count', true, 'number_input'],
      ['public', true, 'checkboxes'],
    ]);
    expect(inputs[3]!.label.text).toBe('Source title');
  });

  it('limits each text field to what the core accepts for that option', async () => {
    const core = await openTestCore();
    try {
      const suggest = core.specs.find((spec) => spec.group === 'fact' && spec.name === 'suggest')!;
      const statement = (inputsOf(buildFormView(suggest, metadata)) as (Input & { element: { max_length?: number } })[]).find(
        (input) => input.block_id === 'statement',
      );
      const limit = statement?.element.max_length ?? 0;
      expect(limit).toBeGreaterThan(0);
      expect(limit).toBeLessThan(SLACK_LIMITS.plainTextInput);
      const reply = await core.dispatch('fact suggest', { statement: 'x'.repeat(limit + 1), quote: 'q', source: 'S3' }, member);
      expect(noticesOf(reply).join(' ')).toContain(`at most ${limit} characters`);
    } finally {
      await core.cleanup();
    }
  });

  it('remembers the command and where to answer, and reads them back', () => {
    expect(readFormMetadata(buildFormView(factAdd, metadata).private_metadata!)).toEqual(metadata);
    expect(readFormMetadata('not json')).toBeUndefined();
    expect(readFormMetadata(JSON.stringify({ c: 'fact add', r: 'javascript:alert(1)' }))).toBeUndefined();
  });

  it('reads submitted values, leaving out empty fields and unticked boxes', () => {
    const state = {
      values: {
        statement: { value: { type: 'plain_text_input', value: 'A claim' } },
        quote: { value: { type: 'plain_text_input', value: 'a quote' } },
        source: { value: { type: 'plain_text_input', value: null } },
        period: { value: { type: 'plain_text_input', value: '' } },
        count: { value: { type: 'number_input', value: '3' } },
        public: { value: { type: 'checkboxes', selected_options: [] } },
      },
    };
    expect(readFormValues(factAdd, state)).toEqual({ statement: 'A claim', quote: 'a quote', count: '3' });
    state.values.public.value.selected_options = [{ text: { type: 'plain_text', text: 'x' }, value: 'true' }] as never;
    expect(readFormValues(factAdd, state)).toMatchObject({ public: true });
  });

  it('puts what is wrong with each option under its field, as the core names them', async () => {
    const core = await openTestCore();
    try {
      const reply = await core.dispatch('fact add', { statement: 'A claim', quote: 'q', source: 'X', period: 'sometime' }, moderator);
      expect(reply.error).toMatchObject({ identifier: 'invalid-options', field: 'source' });
      const refusal = toFormRefusal(factAdd, metadata, {}, reply) as { response_action: string; errors: Record<string, string> };
      expect(refusal.response_action).toBe('errors');
      expect(Object.keys(refusal.errors).sort()).toEqual(['period', 'source']);
      expect(refusal.errors.period).toMatch(/^“period” must be/);
      expect(refusal.errors.source).toMatch(/^“source” must be a source id .* Example: /);
    } finally {
      await core.cleanup();
    }
  });

  it('puts a refusal about one option under that option’s field', async () => {
    const core = await openTestCore();
    try {
      const reply = await core.dispatch('fact add', { statement: 'A claim', quote: 'q', 'source-title': 'A report' }, moderator);
      expect(reply).toMatchObject({ outcome: 'refused', error: { identifier: 'invalid-options', field: 'source-url' } });
      expect(toFormRefusal(factAdd, metadata, {}, reply)).toEqual({ response_action: 'errors', errors: { 'source-url': noticesOf(reply).join(' ') } });
    } finally {
      await core.cleanup();
    }
  });

  it('shows a refusal that names no field of the form above it, keeping what was typed', () => {
    for (const error of [{ identifier: 'unknown-source' }, { identifier: 'unknown-source', field: 'not-in-the-form' }]) {
      const refusal = toFormRefusal(factAdd, metadata, { statement: 'A <claim>' }, errorReply('refused', 'There is no source S99.', error));
      expect(refusal?.response_action).toBe('update');
      const view = (refusal as { view: ReturnType<typeof buildFormView> }).view;
      expect(JSON.stringify(view.blocks[0])).toContain('There is no source S99.');
      expect(inputsOf(view)[0]!.element.initial_value).toBe('A <claim>');
    }
  });

  it('lets a successful submission through', () => {
    expect(toFormRefusal(factAdd, metadata, {}, noticeReply('info', 'Added F80.'))).toBeUndefined();
  });
});
