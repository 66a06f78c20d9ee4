import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../db/postgres/migrate';
import { createPostgresSearchStore } from '../../../db/postgres/search';
import { createSearchStore, mostMatches } from '../../../db/postgres/search-store';
import type { MatchExpression, SearchStore } from '../../../db/store';
import { toAnyWordQuery } from '../../../src/documents/closest-passage';
import { firstWordsOf } from '../../../src/search/asked-names';
import { parseQuestions } from '../../../src/search/evaluate';
import { equivalentsOf } from '../../../src/search/lexicon/equivalents';
import { anyWord, buildMatchExpressions, phrase } from '../../../src/search/match-expression';
import { createSearcher } from '../../../src/search/searcher';
import { toWords } from '../../../src/search/tokens';
import { TODAY } from '../../helpers/core';
import { rowsOf } from '../../helpers/sqlite-rows';
import { type FreshDatabase, postgresTargets } from './fresh-database';
import { EVAL_DIR, PARITY_SETS } from './parity-sets';
import { seededSqlite, seedPostgresLikeSqlite } from './seeded-pair';

// The seed holds 71 indexed facts and 104 passages: limits above those return every match, so the
// two stores' sets must be equal whatever their ranks (bm25 on SQLite, ts_rank on PostgreSQL).
const EVERY_MATCH = 1_000;
const START_TIMEOUT_MS = 120_000;
// Each comparison asks both stores about every held-out evaluation question: tens of seconds on a
// busy machine.
const COMPARISON_TIMEOUT_MS = 180_000;

const questions = PARITY_SETS.flatMap((file) => parseQuestions(readFileSync(new URL(file, EVAL_DIR), 'utf8')).map((question) => question.q));

const sqlite = await seededSqlite();
const searcher = createSearcher(sqlite, () => TODAY);
afterAll(() => sqlite.close());

/** Every stage the search core builds for each evaluation question, as the searcher builds them. */
async function buildQuestionExpressions(): Promise<{ question: string; stage: string; expression: MatchExpression }[]> {
  const [terms, kinds] = await Promise.all([sqlite.entities.listTerms(), sqlite.search.entityKinds()]);
  const built = [];
  for (const question of questions) {
    const query = await searcher.parse(question);
    const words = { required: query.required.map(equivalentsOf), optional: query.terms.filter((t) => !query.required.includes(t)).map(equivalentsOf) };
    const stages = buildMatchExpressions(query, terms, words, (entity) => kinds.get(entity) === 'person');
    for (const [stage, expression] of Object.entries(stages)) if (expression) built.push({ question, stage, expression });
  }
  return built;
}

let built: ReturnType<typeof buildQuestionExpressions> | undefined;
const questionExpressions = (): ReturnType<typeof buildQuestionExpressions> => (built ??= buildQuestionExpressions());

const ids = (hits: readonly { id: number | string }[]): (number | string)[] => hits.map((hit) => hit.id).sort();
const passageKeys = (found: readonly { sourceId: number; start: number }[]): string[] => found.map((p) => `${p.sourceId}:${p.start}`).sort();

// FTS5 and tsquery syntax typed into a phrase: each must be searched as the words it holds.
const HOSTILE: [typed: string, words: string][] = [
  ['"taliban" OR "tajikistan"', 'taliban or tajikistan'],
  ['taliban & !tajikistan', 'taliban tajikistan'],
  ['drone | clash', 'drone clash'],
  ['talib:*', 'talib'],
  ['border <-> security', 'border security'],
  ['(taliban)', 'taliban'],
  ['taliban\\', 'taliban'],
  ["taliban'); DROP TABLE facts; --", 'taliban drop table facts'],
  ['NEAR(drone attack) col:"x" ^madrassa', 'near drone attack col x madrassa'],
  ['khatlon:A', 'khatlon a'],
];

describe('the most facts an expression can match', () => {
  const counts = new Map([
    ['drone', 40],
    ['border clash', 7],
    ['tajikistan', 13],
  ]);
  it('is a phrase count, the rarest part of an all, and the parts of an any together', () => {
    expect(mostMatches(phrase('drone'), counts)).toBe(40);
    expect(mostMatches({ all: [phrase('drone'), phrase('tajikistan')] }, counts)).toBe(13);
    expect(mostMatches({ any: [phrase('drone'), phrase('border clash')] }, counts)).toBe(47);
    expect(mostMatches({ any: [{ all: [phrase('drone'), phrase('border clash')] }, phrase('tajikistan')] }, counts)).toBe(20);
  });
  it('is none for a phrase no fact holds and for an empty group', () => {
    expect(mostMatches(phrase('narnia'), counts)).toBe(0);
    expect(mostMatches({ all: [phrase('drone'), phrase('narnia')] }, counts)).toBe(0);
    expect(mostMatches({ any: [] }, counts)).toBe(0);
  });
});

describe.each(postgresTargets())('the search store on $name', (target) => {
  let fresh: FreshDatabase;
  let postgres: SearchStore;
  beforeAll(async () => {
    await target.open();
    fresh = await target.fresh();
    await migratePostgres(fresh.db);
    await seedPostgresLikeSqlite(fresh.db);
    postgres = createPostgresSearchStore(fresh.db);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await fresh?.drop();
    await target.close();
  });

  it('keeps words under three letters as written, as FTS5 does, where its Porter would stem them', async () => {
    for (const word of ['us', 'u', 'is', 'i', 'as', 'a'])
      expect({ word, facts: await postgres.factsWithTerm(word) }).toEqual({ word, facts: await sqlite.search.factsWithTerm(word) });
    expect(ids(await postgres.match(phrase('us'), EVERY_MATCH))).toEqual(ids(await sqlite.search.match(phrase('us'), EVERY_MATCH)));
    expect(ids(await postgres.match(phrase('it is'), EVERY_MATCH))).toEqual(ids(await sqlite.search.match(phrase('it is'), EVERY_MATCH)));
  });

  it(
    'finds the same facts as SQLite for every stage of every held-out evaluation question',
    async () => {
      const expressions = await questionExpressions();
      expect(expressions.length).toBeGreaterThan(1000);
      const differing = [];
      for (const { question, stage, expression } of expressions) {
        const [mine, theirs] = [ids(await postgres.match(expression, EVERY_MATCH)), ids(await sqlite.search.match(expression, EVERY_MATCH))];
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) differing.push({ question, stage, postgres: mine, sqlite: theirs });
      }
      expect(differing).toEqual([]);
    },
    COMPARISON_TIMEOUT_MS,
  );

  it(
    'lists the newest matches in the same order as SQLite, ranked alike (lower is better)',
    async () => {
      // Both ways of finding the newest: sorted out of the index's matches, and read in id order.
      const indexFirst = createSearchStore(fresh.db, { fewMatches: Number.POSITIVE_INFINITY });
      const newestFirst = createSearchStore(fresh.db, { fewMatches: 0 });
      for (const { expression } of (await questionExpressions()).filter(({ stage }) => stage === 'related')) {
        const expected = await sqlite.search.matchNewest(expression, 30);
        expect(await postgres.matchNewest(expression, 30)).toEqual(expected);
        expect(await indexFirst.matchNewest(expression, 30)).toEqual(expected);
        expect(await newestFirst.matchNewest(expression, 30)).toEqual(expected);
      }
      const ranked = await postgres.match({ any: [phrase('tajikistan'), phrase('drone')] }, EVERY_MATCH);
      expect(ranked.length).toBeGreaterThan(1);
      expect(ranked.map((hit) => hit.rank)).toEqual(ranked.map((hit) => hit.rank).sort((a, b) => a - b));
      expect(ranked.every((hit) => hit.rank < 0)).toBe(true);
    },
    COMPARISON_TIMEOUT_MS,
  );

  it(
    'finds the same catalogue sources as SQLite, by title and by author or publisher',
    async () => {
      const asked = questions.map((question) => toWords(firstWordsOf(question))).filter((words) => words.length > 0);
      expect(asked.length).toBeGreaterThan(600);
      for (const word of new Set(asked.flat())) {
        expect(ids(await postgres.matchSources(['author', 'publisher'], phrase(word), EVERY_MATCH))).toEqual(
          ids(await sqlite.search.matchSources(['author', 'publisher'], phrase(word), EVERY_MATCH)),
        );
      }
      for (const words of asked) {
        expect(ids(await postgres.matchSources(['title'], anyWord(words), EVERY_MATCH))).toEqual(
          ids(await sqlite.search.matchSources(['title'], anyWord(words), EVERY_MATCH)),
        );
      }
    },
    COMPARISON_TIMEOUT_MS,
  );

  it('looks in the catalogue fields asked only', async () => {
    // "Mir" is an author (Asfandyar Mir); no title holds the word.
    expect(await postgres.matchSources(['title'], phrase('mir'), EVERY_MATCH)).toEqual([]);
    expect(ids(await postgres.matchSources(['author'], phrase('mir'), EVERY_MATCH))).toEqual(
      ids(await sqlite.search.matchSources(['author'], phrase('mir'), EVERY_MATCH)),
    );
    expect(await postgres.matchSources(['author'], phrase('mir'), EVERY_MATCH)).not.toEqual([]);
  });

  it(
    'finds the same passages as SQLite for every held-out evaluation question, and within one source',
    async () => {
      for (const question of questions) {
        const expression = toAnyWordQuery(question);
        if (!expression) continue;
        expect(passageKeys(await postgres.passages(expression, EVERY_MATCH))).toEqual(passageKeys(await sqlite.search.passages(expression, EVERY_MATCH)));
      }
      const withinOne = await postgres.passages(anyWord(['taliban', 'border']), EVERY_MATCH, 1);
      expect(withinOne.length).toBeGreaterThan(0);
      expect(withinOne.every((passage) => passage.sourceId === 1)).toBe(true);
    },
    COMPARISON_TIMEOUT_MS,
  );

  it(
    'counts every word of the index as SQLite does',
    async () => {
      const counted = rowsOf(sqlite).prepare(`SELECT term, doc FROM facts_vocab`).all() as { term: string; doc: number }[];
      const differing = [];
      for (const { term, doc } of counted) {
        const mine = await postgres.factsWithTerm(term);
        if (mine !== doc) differing.push({ term, postgres: mine, sqlite: doc });
        expect(await postgres.hasTerm(term)).toBe(true);
      }
      expect(differing).toEqual([]);
      expect(await postgres.factsWithTerm('unheardofword')).toBe(0);
      expect(await postgres.indexedFacts()).toBe(await sqlite.search.indexedFacts());
    },
    COMPARISON_TIMEOUT_MS,
  );

  it('holds the catalogue words, names, version and publication dates SQLite holds', async () => {
    const terms = (rowsOf(sqlite).prepare(`SELECT term FROM sources_vocab`).all() as { term: string }[]).map((row) => row.term);
    for (const term of terms) expect(await postgres.hasCatalogueTerm(term)).toBe(true);
    expect(await postgres.hasCatalogueTerm('unheardofword')).toBe(false);
    const byText = (names: readonly { name: string; role: string }[]) => names.map((n) => `${n.role}:${n.name}`).sort();
    expect(byText(await postgres.catalogueNames())).toEqual(byText(await sqlite.search.catalogueNames()));
    expect(await postgres.catalogueVersion()).toBe(await sqlite.search.catalogueVersion());
    expect(await postgres.entityKinds()).toEqual(await sqlite.search.entityKinds());
    for (const [from, to] of [
      ['2022', '9999'],
      ['2023', '2023-12-31'],
      ['', '2024'],
    ] as const) {
      expect(await postgres.sourcesPublishedBetween(from, to, 50)).toEqual(await sqlite.search.sourcesPublishedBetween(from, to, 50));
    }
  });

  it.each(HOSTILE)('searches %j only as the words it holds', async (typed, words) => {
    const asWords = await postgres.match(phrase(words), EVERY_MATCH);
    expect(ids(await postgres.match(phrase(typed), EVERY_MATCH))).toEqual(ids(asWords));
    expect(ids(await sqlite.search.match(phrase(typed), EVERY_MATCH))).toEqual(ids(asWords));
    const group = { all: [phrase(typed), { any: [phrase('taliban'), phrase(typed)] }] };
    expect(ids(await postgres.match(group, EVERY_MATCH))).toEqual(ids(await sqlite.search.match(group, EVERY_MATCH)));
    expect(passageKeys(await postgres.passages(phrase(typed), EVERY_MATCH))).toEqual(passageKeys(await sqlite.search.passages(phrase(typed), EVERY_MATCH)));
    expect(ids(await postgres.matchSources(['title'], phrase(typed), EVERY_MATCH))).toEqual(
      ids(await sqlite.search.matchSources(['title'], phrase(typed), EVERY_MATCH)),
    );
    expect(await postgres.indexedFacts()).toBe(71);
  });
});
