import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { findPhraseSides } from '../../src/search/comparison-phrases';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

describe('phrases set against each other by “vs”', () => {
  it('pair parallel phrases and share the words around them', () => {
    const sides = findPhraseSides('border incident: guards killed vs militants killed');
    expect(sides?.questions).toEqual(['border incident: guards killed', 'border incident: militants killed']);
    expect(sides?.labels).toEqual(['guards killed', 'militants killed']);
    expect([...sides!.own[0]]).toEqual(['guards']);
  });

  it('share the words before a shorter right side and the question that follows it', () => {
    expect(findPhraseSides('madrassas under the republic vs under the taliban')?.questions).toEqual([
      'madrassas under the republic',
      'madrassas under the taliban',
    ]);
    expect(findPhraseSides('tajik border vs chinese border – which is longer?')?.questions).toEqual([
      'tajik border which is longer',
      'chinese border which is longer',
    ]);
  });

  it('find nothing to pair without “vs”', () => {
    expect(findPhraseSides('guards and militants killed')).toBeNull();
  });

  it('answer each side with a fact of its own, one that speaks of that side', async () => {
    const result = await searcher.ask('madrassas under the republic vs under the taliban');
    expect(result.comparison?.map((side) => side.label)).toEqual(['under the republic', 'under the taliban']);
    expect(result.comparison?.[0]?.answer.fact.statement).toMatch(/13,000/);
    expect(result.comparison?.[1]?.answer.fact.statement).toMatch(/23,000/);
  });

  it('give no comparison when one side has no fact that speaks of it', async () => {
    expect((await searcher.ask('taliban’s claims vs the neighbours’ view of its counterterrorism')).comparison).toBeUndefined();
  });
});
