import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import type { FactView } from '../../src/reply';
import { joinFactWords, toFactWords } from '../../src/search/lexicon/equivalents';
import { sameEventWords } from '../../src/search/same-event';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const KINDS = new Map([
  ['Kabul', 'place'],
  ['Khost', 'place'],
  ['the West', 'region'],
  ['Afghanistan', 'country'],
]);
const kindOf = (entity: string) => KINDS.get(entity);

const fact = (id: string, statement: string, period: string | null, entities: string[], publishedOn = '2026-02-09'): FactView => ({
  id,
  statement,
  quote: '',
  period: { start: period, end: period },
  entities,
  status: 'active',
  quoteChecked: true,
  source: { id: 'S1', title: 'An article', author: null, publisher: null, publishedOn, url: null },
});

const holds = (words: ReturnType<ReturnType<typeof sameEventWords>>, word: string): boolean => words?.key.includes(` ${word} `) ?? false;
// The lent words of every fact, as the ranking asks for them.
const lent = (facts: FactView[]) => {
  const lookup = sameEventWords(
    facts,
    facts.map((fact) => joinFactWords(toFactWords(fact.statement), toFactWords(fact.quote))),
    kindOf,
  );
  return facts.map((_, at) => lookup(at));
};

describe('facts that tell the same event', () => {
  it('lends a fact the words of another fact dated to the same day at the same place', () => {
    const words = lent([
      fact('A', 'A bombing at a restaurant in Kabul killed seven.', '2026-01-19', ['Kabul', 'Afghanistan']),
      fact('B', 'The Kabul bombing claimed six local lives.', '2026-01-19', ['Kabul']),
      fact('C', 'A market in Kabul burned.', '2026-01-20', ['Kabul']),
      fact('D', 'A blast in Khost.', '2026-01-19', ['Khost']),
    ]);
    expect(holds(words[1], 'restaurant')).toBe(true);
    expect(holds(words[0], 'local')).toBe(true);
    // Another day, or another place on the same day, is another event.
    expect(words[2]).toBeUndefined();
    expect(words[3]).toBeUndefined();
  });

  it('does not join claims dated by their source, nor facts sharing only a country or no date', () => {
    const words = lent([
      fact('A', 'Western capitals engage the Taliban.', '2026-02', ['the West']),
      fact('B', 'Western capitals view Taliban rule as a moral problem.', '2026-02', ['the West']),
      fact('C', 'Afghanistan borders Tajikistan.', '2025-12', ['Afghanistan']),
      fact('D', 'Afghanistan borders China.', '2025-12', ['Afghanistan']),
      fact('E', 'Kabul is the capital.', null, ['Kabul']),
      fact('F', 'Kabul lies on a river.', null, ['Kabul']),
    ]);
    expect(words).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('answers a figure asked of an event by a detail that only another fact of it gives', async () => {
    const base = await openFactBase({ path: ':memory:' });
    afterAll(() => base.close());
    const searcher = createSearcher(base, () => TODAY);
    // The fact with the six locals says "Kabul bombing"; only another fact of it says "restaurant".
    const answers = (await searcher.ask('how many locals were killed in the restaurant bombing in kabul')).answers.map((a) => a.fact.id);
    expect(answers).toContain('F42');
  });
});
