import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const entitiesOf = async (question: string): Promise<string[]> => (await searcher.parse(question)).entities.map((mention) => mention.entity);

describe('recognising entities in a question', () => {
  it.each([
    ['TTP attacks', 'Tehreek-e-Taliban Pakistan'],
    ['Tehrik-i-Taliban Pakistan attacks', 'Tehreek-e-Taliban Pakistan'],
    ['Pakistani Taliban attacks', 'Tehreek-e-Taliban Pakistan'],
    ['ISKP in Kabul', 'Islamic State Khorasan Province'],
    ['ISIS-K', 'Islamic State Khorasan Province'],
    ['KPK fatalities', 'Khyber Pakhtunkhwa'],
    ['Darvaz', 'Darvoz District'],
    ['pak forces', 'Pakistan'],
    ['raids from northern afg', 'Afghanistan'],
    ['TJK border', 'Tajikistan'],
  ])('resolves the alias in “%s” to %s', async (question, entity) => {
    expect(await entitiesOf(question)).toContain(entity);
  });

  it.each([
    ['Tajik border', 'Tajikistan'],
    ['Chinese workers', 'China'],
    ['Afghan madrassas', 'Afghanistan'],
  ])('resolves the demonym in “%s” to %s', async (question, entity) => {
    expect(await entitiesOf(question)).toEqual([entity]);
  });

  it.each([
    ['Tajikstan border', 'Tajikistan'],
    ['Afganistan border', 'Afghanistan'],
    ['Khyber Pakhtunkwa', 'Khyber Pakhtunkhwa'],
    ['Pakistn', 'Pakistan'],
  ])('corrects the misspelt name in “%s” to %s', async (question, entity) => {
    const mention = (await searcher.parse(question)).entities[0];
    expect(mention).toMatchObject({ entity, fuzzy: true });
  });

  it('does not read “Pakistan” inside the TTP’s full name as a second entity', async () => {
    expect(await entitiesOf('Tehreek-e-Taliban Pakistan attacks')).toEqual(['Tehreek-e-Taliban Pakistan']);
  });

  it('does not turn the word “us” into the United States, but does “US”', async () => {
    expect(await entitiesOf('tell us about attacks')).toEqual([]);
    expect(await entitiesOf('US forces withdrawal')).toEqual(['United States']);
  });

  it('reads a contraction typed without its apostrophe as the auxiliary and “not”', async () => {
    expect((await searcher.parse('states that cant govern themselves')).terms).not.toContain('cant');
    expect((await searcher.parse('why dont the taliban act')).terms).not.toContain('dont');
    expect((await searcher.parse('what did robert gates say about states that cant govern themselves')).terms).toContain('govern');
  });

  it('does not correct ordinary words into names', async () => {
    expect(await entitiesOf('attacks on borders by militants')).toEqual([]);
  });
});

describe('words and figures', () => {
  it('keeps the match across spelling variants', async () => {
    expect((await await searcher.ask('madrasa numbers in Afghanistan')).answers.length).toBeGreaterThan(0);
    expect((await await searcher.ask('Taliban deny harbouring groups')).answers[0]?.fact.quote).toContain('harboring');
  });

  it('reads the asked figure from “how long” and “how many”', async () => {
    expect((await await searcher.parse('How long is the Tajik border?')).metrics).toContain('length');
    expect((await await searcher.parse('how many madrassas')).metrics).toContain('count');
  });

  it('reads “X-based” and “coming out of X” as the named place’s, with no word of their own an answer must hold', async () => {
    expect((await searcher.parse('afghanistan-based militancy')).required).not.toContain('based');
    expect((await searcher.parse('militancy coming out of Afghanistan')).required).not.toContain('come out');
    // Not every "based" is an origin: where a group is based is what the question asks.
    expect((await searcher.parse('where is the TIP based')).required).toContain('based');
    expect((await searcher.ask('Which country has suffered the most from terrorism coming out of Afghanistan?')).answers[0]?.fact.id).toBe('F21');
  });

  it('reads “stats” as asking for a figure, not as a word a fact must hold', async () => {
    const parsed = await searcher.parse('khyber pakhtunkhwa violence stats');
    expect(parsed.metrics).toContain('count');
    expect(parsed.required).not.toContain('stats');
  });

  it('reads how exact an answer is wanted (“roughly”, “ballpark”, “estimated”) as no word a fact must hold, nor a figure of its own', async () => {
    for (const question of ['ballpark number of madrassas in afghanistan', 'roughly how many attacks has the TTP carried out inside pakistan']) {
      const parsed = await searcher.parse(question);
      expect(parsed.metrics).toContain('count');
      expect(parsed.required.filter((word) => ['ballpark', 'roughly'].includes(word))).toEqual([]);
    }
    expect((await searcher.ask('ballpark number of madrassas in afghanistan today')).answers[0]?.fact.statement).toMatch(/approximately 23,000/);
    // Roughly when is a date, which no count gives.
    expect((await searcher.parse('roughly when did terrorism in pakistan start rising')).metrics).toEqual([]);
  });

  it('reads a figure asked in the present tense (“how many madrassas are there”) as today’s figure, as with “now”', async () => {
    expect((await searcher.parse('how many madrassas are in afghanistan')).wantsLatest).toBe(true);
    expect((await searcher.ask('how many madrassas are in afghanistan')).answers[0]?.fact.statement).toMatch(/approximately 23,000/);
    // Asked in the past tense, the republic's figure answers as well.
    expect((await searcher.parse('how many madrassas were there in afghanistan')).wantsLatest).toBe(false);
    expect((await searcher.ask('how many madrassas were there in afghanistan')).answers.map((a) => a.fact.statement)).toContainEqual(
      expect.stringMatching(/about 13,000/),
    );
  });

  it('answers a question about a whole (“total”) with a fact about that whole, never with one about a part of it', async () => {
    expect((await searcher.ask('afghan madrassa total today')).answers[0]?.fact.statement).toMatch(/approximately 23,000/);
    // One border, or one province, is a part.
    expect((await searcher.ask("What is the total length of Afghanistan's land borders?")).answers).toEqual([]);
    expect((await searcher.ask('total terrorism deaths across all of pakistan in 2025')).answers).toEqual([]);
  });

  it('reads “how long after” as the time between two events, a date, not a length', async () => {
    const parsed = await searcher.parse('how long after the Khatlon drone strike did the Darvoz shooting happen?');
    expect(parsed.metrics).not.toContain('length');
    expect(parsed.kind).toBe('when');
    expect((await searcher.ask('how long after the Khatlon drone strike did the Darvoz shooting happen?')).answers[0]?.fact.id).toBe('F39');
  });

  it('spells shorthand out before reading names, so it can complete an alias (“western govts”)', async () => {
    const parsed = await searcher.parse('are western govts still dealing with the taliban despite everything');
    expect(parsed.entities.map((m) => m.said)).toEqual(['western governments', 'the taliban']);
    // "Despite" is a function word, no topic.
    expect(parsed.terms).toEqual(['still', 'dealing with']);
  });

  it('reads “when … relative to …” as the time between two events, answered by the fact that gives it', async () => {
    const parsed = await searcher.parse('when did the darvoz shooting happen relative to the khatlon drone strike');
    expect(parsed.asksInterval).toBe(true);
    expect(parsed.terms).not.toContain('relative');
    expect((await searcher.ask('when did the darvoz shooting happen relative to the khatlon drone strike')).answers[0]?.fact.id).toBe('F39');
    // Outside a when-question, "relative to" is no date at all.
    expect((await searcher.parse('how big is the TTP relative to the TIP')).asksInterval).toBe(false);
  });

  it('does not answer a figure question with a fact that only mentions the topic', async () => {
    const { answers } = await await searcher.ask('length of the Tajik border');
    expect(answers.map((a) => a.fact.statement).every((statement) => /kilomet|km/.test(statement))).toBe(true);
  });
});

describe('answer, related or nothing', () => {
  it('answers nothing, but offers related facts and topics, when the asked period is not covered', async () => {
    const result = await await searcher.ask('TTP attacks in 2019');
    expect(result.answers).toEqual([]);
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('answers nothing when a key word appears in no fact', async () => {
    expect((await await searcher.ask('Taliban GDP in 2023')).answers).toEqual([]);
  });

  it('suggests close entity names for a word it does not know', async () => {
    expect((await await searcher.ask('Tajikstanian militias')).suggestions).toContain('Tajikistan');
  });

  it.each([
    '"',
    'NEAR(a b)',
    '* - ^ ( ) AND OR NOT',
    '"unbalanced (brackets',
    '🙂🙂🙂',
    'طالبان پاکستان',
    'the of and what is',
    'x'.repeat(500),
    'TTP:* OR col:"x"',
  ])('never throws on hostile input %#', async (question) => {
    await expect(searcher.ask(question)).resolves.toBeDefined();
  });
});

describe('disagreeing sources', () => {
  it('shows both figures with a notice when two sources differ', async () => {
    const other = await openFactBase({ path: ':memory:' });
    const now = new Date().toISOString();
    rowsOf(other).prepare(`INSERT INTO sources (id, title, kind, created_at, updated_at) VALUES (900, 'Border atlas', 'report', ?, ?)`).run(now, now);
    rowsOf(other)
      .prepare(
        `INSERT INTO facts (id, statement, quote, source_id, created_by, updated_by, created_at, updated_at)
         VALUES (900, 'Tajikistan shares a 1,344 km border with Afghanistan.', 'a 1,344 km border', 900, 't', 't', ?, ?)`,
      )
      .run(now, now);
    rowsOf(other).prepare(`INSERT INTO fact_entities SELECT 900, id FROM entities WHERE name IN ('Tajikistan', 'Afghanistan')`).run();
    const result = await createSearcher(other, () => TODAY).ask('length of the Tajik border');
    await other.close();
    expect(result.answers.map((a) => a.fact.id)).toEqual(expect.arrayContaining(['F33', 'F900']));
    expect(result.notices.join(' ')).toMatch(/Sources differ.*1,357.*1,344|Sources differ.*1,344.*1,357/);
  });
});

describe('verbs of the stop list', () => {
  it('keep a verb such as “trying” to rank by, but never require it or count it as unheard', async () => {
    const query = await searcher.parse('what is Kiani’s paper trying to do?');
    expect(query.terms).toContain('trying');
    expect(query.required).not.toContain('trying');
    expect(query.unknownTerms).not.toContain('trying');
  });

  it('let such a verb find its synonym in the source’s words (“trying” → “attempts”)', async () => {
    expect((await searcher.ask('what is Kiani’s paper trying to do?')).answers[0]?.fact.statement).toMatch(/sets out to contextualize/);
  });
});

describe('an author’s own claims', () => {
  it('are found by the question’s rare words when the claim does not name its author', async () => {
    const answer = (await searcher.ask('Nishat: is terrorism in the region on the rise?')).answers[0];
    expect(answer?.fact.source.author).toBe('Zalmai Nishat');
    expect(answer?.fact.statement).not.toMatch(/Nishat/);
  });
});

describe('a period set against today', () => {
  it('is one side of a comparison across time, not a limit on every answer', async () => {
    expect((await searcher.parse('madrassas in Afghanistan during the republic compared with now')).period).toBeNull();
    expect((await searcher.parse('madrassas in Afghanistan during the republic')).period).not.toBeNull();
  });
});

describe('a one-letter word', () => {
  it('is asked when it is a briefing word (“X”, the platform), and left out otherwise', async () => {
    expect((await searcher.parse('Zalmai Nishat on X')).terms).toEqual(['x']);
    expect((await searcher.ask('Zalmai Nishat on X')).answers[0]?.fact.statement).toMatch(/@ZalNishat/);
    expect((await searcher.parse('plan b for the TTP')).terms).not.toContain('b');
  });
});
