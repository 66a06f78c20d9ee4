import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { decisiveWords, namesThing, usedAsVerb } from '../../src/search/decisive-words';
import { countedNoun } from '../../src/search/metrics';
import { createSearcher } from '../../src/search/searcher';
import { toWords } from '../../src/search/tokens';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());
const answerIds = async (question: string): Promise<string[]> => (await searcher.ask(question)).answers.map((a) => a.fact.id);

describe('the words an answer must account for', () => {
  it('holds a rare noun decisive and lets a background noun, a verb or a describing word go unsaid', async () => {
    const facts = new Map([
      ['blair', 1],
      ['militants', 30],
      ['regard', 0],
      ['openly', 0],
    ]);
    const decisive = decisiveWords('Do they regard Blair and the militants openly?', ['regard', 'blair', 'militants', 'openly'], (w) => facts.get(w) ?? 0, 100);
    expect([...decisive]).toEqual(['blair']);
  });

  it('tells a verb from the same word as a noun by what stands before it', async () => {
    expect(usedAsVerb('What do Pakistani officials claim about the camps?', 'claim')).toBe(true);
    expect(usedAsVerb('Is there any claim about the camps?', 'claim')).toBe(false);
  });

  it('reads a word before its particle as a phrasal verb ("rein in"), and a verb the base lacks as naming nothing', async () => {
    expect(usedAsVerb('how could anyone rein in these groups', 'rein')).toBe(true);
    expect(usedAsVerb('who holds the reins of power', 'reins')).toBe(false);
    expect(namesThing('tie', 'What does the paper tie the surge to?')).toBe(false);
    expect(namesThing('affiliation', 'what affiliation does he have')).toBe(true);
  });

  it('reads a role or a job beside a name as asking what the person is or was, and only of that person', async () => {
    expect((await answerIds("nishat's old TBI role"))[0]).toBe('F63');
    expect((await answerIds('what was nishat’s previous job'))[0]).toBe('F63');
    // Robert Gates's former post is in Nishat's article, but it is not Nishat's.
    expect(await answerIds('what was nishat’s previous job')).not.toContain('F54');
    // "What post did he hold", of someone named: the office, whatever word names it.
    expect((await answerIds('Robert Gates - what post did he hold?'))[0]).toBe('F54');
    expect((await answerIds('what position did Nishat hold at TBI'))[0]).toBe('F63');
  });

  it('hears a word whose only equivalent in the base is a phrase ("retake" as "returned to power")', async () => {
    expect((await answerIds('when did the taliban retake afghanistan'))[0]).toBe('F15');
  });

  it('answers with an unheard verb left unsaid, but still counts it as asked', async () => {
    expect((await answerIds('To what does Kiani tie the regional surge in terrorism?'))[0]).toBe('F68');
    expect((await answerIds('why is the taliban unable to rein in militants, per kiani'))[0]).toBe('F70');
    // The one other word the question has is a verb no fact holds: nothing is shown to answer it.
    expect(await answerIds('did beijing flatter the taliban')).toEqual([]);
  });

  it('gives no answer when the person asked about is not the one the fact speaks of', async () => {
    expect(await answerIds('What does Tony Blair himself think of the Taliban?')).toEqual([]);
  });
});

describe('nouns the base never holds', () => {
  it('gives no answer for a thing the base never names, but reads a gerund as the verb it is', async () => {
    expect(await answerIds('Which contract were the China Road and Bridge Corporation staff working on near Darvoz?')).toEqual([]);
    expect((await answerIds("What is China's problem with merely keeping militants in check instead of breaking them up?")).length).toBeGreaterThan(0);
  });

  it('keeps a noun of the stop list ("width") as a word of the question, so it is not answered by length', async () => {
    expect((await searcher.parse('What is the width of the Durand Line?')).terms).toContain('width');
    expect(await answerIds('What is the width of the Durand Line?')).toEqual([]);
  });

  it('counts the noun after "how many", not the last word of the clause', async () => {
    expect(countedNoun('How many arrests followed the Kabul bombing?', toWords('How many arrests followed the Kabul bombing?'))).toBe('arrests');
    expect(await answerIds('How many arrests came after the bombing in Kabul?')).toEqual([]);
    const clashes = 'How many clashes with Taliban forces on the border did Pakistan report?';
    expect(countedNoun(clashes, toWords(clashes))).toBe('clashes');
  });

  it('counts the noun as corrected and spelt out, not as typed ("workrs", "orgs")', async () => {
    expect((await searcher.parse('Darwoz shooting - how many chinese workrs died?')).countedNoun).toBe('workers');
    expect((await searcher.parse('how many orgs signed the statement')).countedNoun).toBe('organisations');
    expect(await answerIds('Darwoz shooting - how many chinese workrs died?')).toEqual(['F40']);
  });

  it('counts persons of any kind ("armed guys") by whatever the fact calls them, and reads slipping across as crossing', async () => {
    const question = 'how many armed guys slipped across from afghanistan near shamsiddin shohin in dec';
    expect((await searcher.parse(question)).countedNoun).toBeUndefined();
    expect((await searcher.ask(question)).answers[0]?.fact.statement).toMatch(/three heavily armed militants crossed/);
  });

  it('lets a noun that only frames the question ("situation", "trend") go unsaid', async () => {
    expect((await searcher.parse('what is the situation on the tajik border')).terms).toEqual(['border']);
    expect((await answerIds('pakistan terror trend since the start of 2021'))[0]).toBe('F67');
  });

  it('counts the briefing phrase a counted noun ends ("how many religious schools")', async () => {
    expect((await answerIds('how many religious schools were on the books before the taliban came back?'))[0]).toBe('F6');
  });

  it('ends the counted noun at an irregular past verb, and answers with the count of the dead', async () => {
    const question = 'how many Chinese lost their lives in the Kabul restaurant blast';
    expect(countedNoun(question, toWords(question))).toBe('chinese');
    expect((await answerIds(question))[0]).toBe('F2');
  });
});
