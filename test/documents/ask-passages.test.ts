import { afterAll, describe, expect, it } from 'vitest';
import type { AskJson } from '../../src/ask-reply';
import { member, moderator, openTestCore } from '../helpers/core';

const core = await openTestCore();
afterAll(() => core.cleanup());
const ask = (question: string) => core.dispatch('brief ask', { question }, member);
const listItems = (reply: Awaited<ReturnType<typeof ask>>) => reply.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));

describe('passages when no fact answers', () => {
  it('shows a strongly matching passage verbatim, labelled, with its source and offsets, never as an answer', async () => {
    const reply = await ask('Taliban intransigence');
    const data = reply.data as AskJson;
    expect(data.answers).toEqual([]);
    expect(data.passages).toHaveLength(1);
    const [passage] = data.passages;
    expect(passage!.sourceId).toBe('S2');
    expect((await core.base.sources.textOf(2))!.slice(passage!.start, passage!.end)).toBe(passage!.text);
    const texts = reply.blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
    expect(texts).toContain('From the source text, not a reviewed fact:');
    expect(listItems(reply)).toContain(`“${passage!.text}” (S2:${passage!.start}-${passage!.end})`);
    expect(reply.blocks.some((block) => block.kind === 'fact' && block.fact.quote === passage!.text)).toBe(false);
  });

  it('shows none when a fact answers, or when the passages match weakly', async () => {
    const answered = (await ask('Chinese restaurant bombing Kabul')).data as AskJson;
    expect(answered.answers.length).toBeGreaterThan(0);
    expect(answered.passages).toEqual([]);
    expect(((await ask('Sajid Kiani counterterrorism Pakistan')).data as AskJson).passages).toEqual([]);
    expect(((await ask('weather in Paris')).data as AskJson).passages).toEqual([]);
  });

  it('shows at most two', async () => {
    const passages = ((await ask('Taliban Pakistan terrorism')).data as AskJson).passages;
    expect(passages.length).toBeLessThanOrEqual(2);
  });
});

describe('facts citing a source without stored text', () => {
  it('carry quoteChecked false, and every rendering says the quote was not checked', async () => {
    const { renderReply: renderTerminal } = await import('../../adapters/terminal/render');
    const { renderReply: renderSlack } = await import('../../adapters/slack/render');
    const { renderReply: renderDiscord } = await import('../../adapters/discord/render');
    const added = await core.dispatch('fact add', { statement: 'A claim from S3.', quote: 'words nobody checked', source: 'S3' }, moderator);
    const ids = [Number((added.data as { id: string }).id.slice(1))];
    const checkedIds = (await core.base.bundles.read()).facts.filter((fact) => fact.source === 'S1').map((fact) => Number(fact.id.slice(1)));
    const [unchecked] = await core.base.facts.getMany(ids.slice(0, 1));
    const [checked] = await core.base.facts.getMany(checkedIds.slice(0, 1));
    expect(unchecked!.quoteChecked).toBe(false);
    expect(checked!.quoteChecked).toBe(true);
    for (const [fact, shown] of [
      [unchecked!, true],
      [checked!, false],
    ] as const) {
      const reply = { outcome: 'ok' as const, visibility: 'private' as const, blocks: [{ kind: 'fact' as const, fact }] };
      const rendered = [renderTerminal(reply), renderSlack(reply), renderDiscord(reply)].map((output) => JSON.stringify(output));
      for (const output of rendered) expect(output.includes('quote not checked against the source')).toBe(shown);
    }
  });
});
