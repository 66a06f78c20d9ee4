import { afterAll, describe, expect, it } from 'vitest';
import { toAskReply } from '../../src/ask-reply';
import { givesName } from '../../src/search/answer-kind';
import { openFactBase } from '../../src/fact-base';
import { governmentsForCapitals } from '../../src/search/capitals';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const top = async (question: string): Promise<string | undefined> => (await searcher.ask(question)).answers[0]?.fact.statement;
const answerIds = async (question: string): Promise<string[]> => (await searcher.ask(question)).answers.map((a) => a.fact.id);

describe('the kind of answer asked', () => {
  it('answers “who” only with a fact naming who acted', async () => {
    expect(await top('Who shot at the CRBC staff in Darvoz?')).toMatch(/gunmen/);
    expect(await answerIds('Who launched the drone that struck the camp in Khatlon?')).toEqual([]);
  });

  it('answers “who is …” with what the person is', async () => {
    expect(await top('Who was Robert Gates?')).toMatch(/former US Secretary of Defense/);
  });

  it('answers “which group” only with a named group, not with people a report names', async () => {
    expect(await answerIds('Which group was responsible for the December 2025 crossing near Shamsiddin Shohin?')).toEqual([]);
    expect(await top('Which group does China see as a direct threat to Xinjiang?')).toMatch(/Turkistan Islamic Party/);
  });

  it('answers “when” only with a dated fact that says when', async () => {
    expect(await top('When did Pakistan seal its border with Afghanistan?')).toMatch(/October 2025/);
    expect(await answerIds('When did Zalmai Nishat found Mosaic Global Foundation?')).toEqual([]);
  });

  it('answers “where” with a place the question did not name', async () => {
    expect(await top('Where in Tajikistan did the drone strike the Chinese camp?')).toMatch(/Khatlon/);
  });

  it('answers “why” only with a fact that gives a reason', async () => {
    expect(await answerIds('Why did madrassa numbers rise under Taliban rule?')).toEqual([]);
    expect(await top('Why did Pakistan close its borders with Afghanistan?')).toMatch(/In response to the violence/);
    expect(await top('Why does China worry about the TIP?')).toMatch(/direct threat/);
  });

  it('answers “how many” with a count of the asked thing, not of something else', async () => {
    expect(await top('how many madrassas were registered during the republic')).toMatch(/13,000 madrassas/);
    expect(await answerIds('How many soldiers does Pakistan keep on the Afghan border?')).toEqual([]);
  });
});

describe('asked for a name', () => {
  it('answers only with a fact that gives the thing a proper name', async () => {
    expect(await answerIds('What is the name of the restaurant that was bombed in Kabul?')).toEqual([]);
    const entityWords = new Set(['chinese', 'kabul']);
    expect(givesName('A bomb hit the Golden Dragon restaurant in Kabul.', 'restaurant', entityWords)).toBe(true);
    expect(givesName('A bomb hit a Chinese restaurant in Kabul.', 'restaurant', entityWords)).toBe(false);
  });
});

describe('periods that cannot mislead', () => {
  it('does not answer for one year with a figure for another or a wider span', async () => {
    const result = await searcher.ask('Khyber Pakhtunkhwa fatalities in 2024');
    expect(result.answers).toEqual([]);
    expect(result.related.map((r) => r.fact.id)).toContain('F29');
  });

  it('does not carry an ongoing fact past its source into the future', async () => {
    expect(await answerIds('TTP attacks in 2027')).toEqual([]);
    expect(await answerIds('TTP attacks next year')).toEqual([]);
  });

  it('answers “since” with the fact that runs from then', async () => {
    expect(await top('terror activity in Pakistan since 2021')).toMatch(/since the onset of 2021/);
  });
});

describe('capitals standing for governments', () => {
  it('reads a capital that speaks or acts as its government, and leaves the city otherwise', async () => {
    expect(governmentsForCapitals('What does Islamabad say about the TTP?')).toBe('What does Pakistan say about the TTP?');
    expect(governmentsForCapitals('Beijing’s concerns')).toBe('China’s concerns');
    expect(governmentsForCapitals('the Kabul bombing')).toBe('the Kabul bombing');
  });
});

describe('comparisons', () => {
  it('answers a question about two things with one labelled fact for each', async () => {
    const result = await searcher.ask('Compare the length of the Tajik and the Chinese borders with Afghanistan');
    expect(result.comparison?.map((side) => side.label)).toEqual(['Tajikistan', 'China']);
    expect(result.answers.map((a) => a.fact.statement)).toEqual([expect.stringMatching(/1,357/), expect.stringMatching(/76 kilometers/)]);
    const reply = toAskReply('q', { result, furtherReading: [], literature: false }, 'public');
    expect(reply.blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text)).toEqual(['For Tajikistan:', 'For China:']);
  });

  it('reads a comparative between two possessives as a comparison, one figure per side', async () => {
    const result = await searcher.ask("Which frontier with Afghanistan is shorter, China's or Tajikistan's?");
    expect(result.comparison?.map((side) => side.label)).toEqual(['China', 'Tajikistan']);
    expect(result.answers.map((a) => a.fact.statement)).toEqual([expect.stringMatching(/76 kilometers/), expect.stringMatching(/1,357/)]);
  });

  it('needs no side to repeat the comparing words ("agree"), and reads "won’t" as will not', async () => {
    expect((await searcher.parse('Won’t Kiani and Nishat agree?')).terms).toEqual(['agree']);
  });

  it('gives no comparison when a side has no answer', async () => {
    expect((await searcher.ask('Compare the Tajik and Iranian borders with Afghanistan')).comparison).toBeUndefined();
  });
});

describe('words the base does not hold', () => {
  it('answers nothing when the asked thing is a noun no fact holds', async () => {
    expect(await answerIds('Afghanistan population')).toEqual([]);
  });

  it('still answers when only a describing word is unheard', async () => {
    expect(await top('Do the Taliban flatly deny harbouring militants?')).toMatch(/deny harboring/);
  });

  it('answers nothing when every word beyond the names is unheard', async () => {
    expect(await answerIds('Has China become noticeably sterner about Afghanistan?')).toEqual([]);
  });
});
