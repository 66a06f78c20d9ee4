import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import type { MatchExpression } from '../../db/store';
import { MATCH_LIMITS, buildMatchExpressions } from '../../src/search/match-expression';
import { equivalentsOf } from '../../src/search/lexicon/equivalents';
import { QUERY_LIMITS } from '../../src/search/query';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const essay = Array.from({ length: 500 }, (_, i) => `word${i} attacks militants border ${['drone', 'clash', 'seminary', 'guards'][i % 4]}`).join(' ');
const everyName = (await searcher.entityVocabulary()).map((term) => term.term.term).join(' ');
const fiftyYears = Array.from({ length: 50 }, (_, i) => String(1980 + i)).join(' and ');

async function expressionsFor(question: string) {
  const query = await searcher.parse(question);
  const words = { required: query.required.map(equivalentsOf), optional: query.terms.filter((t) => !query.required.includes(t)).map(equivalentsOf) };
  // Every entity taken for a person: the widest expressions, with the stage that leaves persons out.
  return { query, stages: buildMatchExpressions(query, await base.entities.listTerms(), words, () => true) };
}

// Each group holds at most this many phrases, and there are at most this many groups.
const maxPhrases = QUERY_LIMITS.terms * MATCH_LIMITS.phrasesPerTerm + QUERY_LIMITS.entities * MATCH_LIMITS.namesPerEntity;

const partsOf = (expression: MatchExpression): readonly MatchExpression[] =>
  'phrase' in expression ? [] : 'all' in expression ? expression.all : expression.any;
const phrasesIn = (expression: MatchExpression): string[] => ('phrase' in expression ? [expression.phrase] : partsOf(expression).flatMap(phrasesIn));
// An any-of whose parts are all-ofs: the all-but-one stage's shape.
const holdsAllButOne = (expression: MatchExpression): boolean =>
  ('any' in expression && expression.any.length > 1 && expression.any.every((part) => 'all' in part)) || partsOf(expression).some(holdsAllButOne);

describe('bounded work for any question', () => {
  it.each([
    ['a 500-word essay', essay],
    ['every entity name at once', everyName],
    ['fifty years', `attacks in ${fiftyYears}`],
  ])('caps the terms, entities and expression size of %s', async (_, question) => {
    const { query, stages } = await expressionsFor(question);
    expect(query.terms.length).toBeLessThanOrEqual(QUERY_LIMITS.terms);
    expect(query.entities.length).toBeLessThanOrEqual(QUERY_LIMITS.entities);
    for (const expression of Object.values(stages)) {
      expect(expression ? phrasesIn(expression).length : 0).toBeLessThanOrEqual(maxPhrases);
    }
  });

  it('never builds the all-but-one stage from more than a few words, which would grow with their square', async () => {
    const { query, stages } = await expressionsFor('seminary drone firefight infiltration madrassa airstrike checkpoint fatalities kilometres');
    expect(query.required.length).toBeGreaterThan(MATCH_LIMITS.allButOneTerms);
    expect(stages.relaxed !== null && holdsAllButOne(stages.relaxed)).toBe(false);
  });

  it('reads only the first characters of a pasted text', async () => {
    expect((await searcher.parse(`${'x '.repeat(3000)} Tajikistan`)).entities).toEqual([]);
  });

  it('passes the store nothing of a question but words of letters and digits', async () => {
    const { stages } = await expressionsFor('TTP:* OR col:"x" NEAR(drone clash) attacks -border ^madrassa');
    expect(stages.strict).not.toBeNull();
    for (const words of phrasesIn(stages.strict!)) expect(words).toMatch(/^[\p{L}\p{N}]+( [\p{L}\p{N}]+)*$/u);
    await expect(searcher.ask('TTP:* OR col:"x" NEAR(drone clash) attacks -border ^madrassa')).resolves.toBeDefined();
  });
});
