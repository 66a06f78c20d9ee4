import { describe, expect, it } from 'vitest';
import type { FactView } from '../../src/reply';
import { type RelevanceFields, relevanceFields, scoreRelevance } from '../../src/search/relevance';

const fields = (statement: string, quote = '', entities = ''): RelevanceFields => ({ statement, quote, entities });
// A base of 100 facts: "drone" in 2 of them, "border" in 40, "the" in all.
const rarity = { factsWith: (word: string) => ({ drone: 2, drones: 2, border: 40, the: 100, tajik: 5 })[word] ?? 0, total: 100 };

describe('the relevance of candidates to the asked phrases', () => {
  it('gives the best candidate 1 and one holding no asked phrase 0', () => {
    expect(scoreRelevance(['drone'], [fields('A drone struck the border post.'), fields('Talks resumed in Doha.')], rarity)).toEqual([1, 0]);
  });

  it('weighs a rare word above a common one', () => {
    const [rare, common] = scoreRelevance(['drone', 'border'], [fields('A drone was seen.'), fields('The border was closed.')], rarity);
    expect(rare).toBe(1);
    expect(common).toBeGreaterThan(0);
    expect(common).toBeLessThan(0.5);
  });

  it('counts a word in the statement above the same word in the quote, and an entity name between them', () => {
    const [statement, entities, quote] = scoreRelevance(
      ['tajik'],
      [fields('Tajik guards fired.', 'Guards fired.'), fields('Guards fired.', 'Guards fired.', 'Tajik'), fields('Guards fired.', 'Tajik guards fired.')],
      rarity,
    );
    expect(statement).toBe(1);
    expect(entities).toBeLessThan(statement!);
    expect(quote).toBeLessThan(entities!);
  });

  it('matches every form of a word and a phrase only as its words in order', () => {
    expect(scoreRelevance(['drones'], [fields('A drone fell.')], rarity)).toEqual([1]);
    expect(scoreRelevance(['border drone'], [fields('A drone near the border.'), fields('A border drone.')], rarity)).toEqual([0, 1]);
  });

  it('asks each phrase once, however many of its forms were asked', () => {
    const candidates = [fields('A drone fell.'), fields('The border was closed.')];
    expect(scoreRelevance(['drone', 'drones', 'border'], candidates, rarity)).toEqual(scoreRelevance(['drone', 'border'], candidates, rarity));
  });

  it('prefers the shorter of two candidates holding the asked word alike', () => {
    const [short, long] = scoreRelevance(['drone'], [fields('A drone fell.'), fields(`A drone fell ${'near the old road '.repeat(10)}.`)], rarity);
    expect(short).toBe(1);
    expect(long).toBeLessThan(1);
  });

  it('is 0 for every candidate when nothing was asked', () => {
    expect(scoreRelevance([], [fields('A drone fell.')], rarity)).toEqual([0]);
  });
});

describe('a fact’s fields for relevance', () => {
  it('holds its entities by every name the vocabulary gives them', () => {
    const fact = { statement: 'S', quote: 'Q', entities: ['Tajikistan', 'Unlisted'] } as unknown as FactView;
    expect(relevanceFields(fact, new Map([['Tajikistan', ['tajikistan', 'tajik']]]))).toEqual({
      statement: 'S',
      quote: 'Q',
      entities: 'tajikistan ; tajik ; Unlisted',
    });
  });
});
