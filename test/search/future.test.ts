import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { asksAboutFuture, statesExpectation } from '../../src/search/future';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

describe('questions about what is to come', () => {
  it.each([
    ['how many madrassas will afghanistan have by 2030', true],
    ['Is China going to recognise the Taliban government next year?', true],
    ['what is the taliban gonna do about TIP', true],
    ['does the taliban have the political will to act', false],
    ['what does nishat say about humanitarian assistance going to the taliban', false],
    ['how many madrassas does afghanistan have', false],
  ])('“%s” asks about the future: %s', (question, future) => {
    expect(asksAboutFuture(question)).toBe(future);
  });

  it('tells a fact that states an expectation from one that reports what happened', () => {
    expect(statesExpectation({ statement: 'Pakistan plans to fence the whole border by 2027.', quote: '' })).toBe(true);
    expect(statesExpectation({ statement: 'About 13,000 madrassas were registered during the republic.', quote: '' })).toBe(false);
  });

  it('answers a question about the future with no reported figure, and keeps the figures as related', async () => {
    const future = await searcher.ask('how many madrassas will afghanistan have by 2030');
    expect(future.answers).toEqual([]);
    expect(future.related.length).toBeGreaterThan(0);
    expect((await searcher.ask('how many madrassas does afghanistan have')).answers.length).toBeGreaterThan(0);
  });
});
