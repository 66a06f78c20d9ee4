import { afterAll, describe, expect, it } from 'vitest';
import type { AskJson } from '../../src/ask-reply';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';

const core = await openTestCore();
afterAll(() => core.cleanup());

describe('brief ask', () => {
  it('answers the Tajik border question with the 1,357 km figure, its quote and the article as source', async () => {
    const reply = await core.dispatch('brief ask', { question: 'length of the Tajik border' }, member);
    const data = reply.data as AskJson;
    expect(data.answers[0]).toMatchObject({
      statement: expect.stringContaining('1,357'),
      quote: expect.stringContaining('1,357-kilometer border'),
      source: { title: 'Why Afghanistan’s Terrorism Problem Isn’t Going Away', publisher: 'The National Interest' },
    });
    expect(reply.visibility).toBe('private');
  });

  it('keeps the JSON contract: query, answers, related, suggestions, further reading with full facts', async () => {
    const data = (await core.dispatch('brief ask', { question: 'TTP attacks in 2025' }, member)).data as AskJson;
    expect(Object.keys(data).sort()).toEqual(['answers', 'furtherReading', 'passages', 'query', 'related', 'suggestions']);
    expect(Object.keys(data.answers[0]!).sort()).toEqual(['entities', 'id', 'period', 'quote', 'quoteChecked', 'score', 'source', 'statement']);
    expect(Object.keys(data.answers[0]!.source).sort()).toEqual(['author', 'id', 'publishedOn', 'publisher', 'title', 'url']);
  });

  it('says plainly when no sourced fact answers', async () => {
    const reply = await core.dispatch('brief ask', { question: 'What is the capital of Australia?' }, member);
    expect((reply.data as AskJson).answers).toEqual([]);
    expect(noticesOf(reply).join(' ')).toMatch(/No sourced fact found/);
  });

  it('can answer in public when asked to', async () => {
    const reply = await core.dispatch('brief ask', { question: 'Darvoz attack', public: true }, member);
    expect(reply.visibility).toBe('public');
  });

  it.each([
    [{ question: '' }, /“question” must not be empty/],
    [{ question: 'x'.repeat(501) }, /“question” must be at most 500 characters/],
    [{ question: 'TTP\u0007attacks' }, /“question” must not contain control characters/],
    [{}, /\/brief ask needs a question\. Example: \/brief ask question:length of the Tajik border/],
    [{ question: '?!?' }, /nothing to search for/],
  ])('refuses bad input with a clear message %#', async (options, message) => {
    const reply = await core.dispatch('brief ask', options, member);
    expect(noticesOf(reply).join(' ')).toMatch(message);
  });
});

describe('brief fact, search, sources and help', () => {
  it('shows one fact with its full citation', async () => {
    const reply = await core.dispatch('brief fact', { id: 'f33' }, member);
    expect(factIdsOf(reply)).toEqual(['F33']);
  });

  it('says which fact id does not exist', async () => {
    const reply = await core.dispatch('brief fact', { id: 'F9999' }, member);
    expect(noticesOf(reply).join(' ')).toMatch(/There is no fact F9999/);
  });

  it('refuses a malformed fact id with the expected form', async () => {
    const reply = await core.dispatch('brief fact', { id: 'abc' }, member);
    expect(noticesOf(reply).join(' ')).toMatch(/fact id such as F12/);
  });

  it('lists search results page by page', async () => {
    const first = await core.dispatch('brief search', { query: 'Tajikistan' }, member);
    expect(first.page).toMatchObject({ index: 1 });
    expect(first.page!.total).toBeGreaterThan(1);
    const second = await core.dispatch('brief search', { query: 'Tajikistan', page: 2 }, member);
    expect(factIdsOf(second)).not.toEqual(factIdsOf(first));
  });

  it('lists sources with the paper’s references as further reading', async () => {
    const reply = await core.dispatch('brief sources', {}, member);
    const items = reply.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items.some((item) => item.includes('The National Interest') && /\d+ fact/.test(item))).toBe(true);
    expect(items.some((item) => item.includes('Global Terrorism Index') && item.includes('further reading'))).toBe(true);
  });

  it('lists only the commands the caller may use', async () => {
    const forMember = (await core.dispatch('brief help', {}, member)).data as string[];
    const forModerator = (await core.dispatch('brief help', {}, moderator)).data as string[];
    expect(forMember).toContain('brief ask');
    expect(forMember).not.toContain('fact add');
    expect(forModerator).toContain('fact add');
  });

  it('names an unknown command and where to find the list', async () => {
    const reply = await core.dispatch('brief frobnicate', {}, member);
    expect(noticesOf(reply).join(' ')).toMatch(/no command “brief frobnicate”.*\/brief help/);
  });
});
