import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { askWithReading } from '../../src/search/ask-with-reading';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const readingFor = (question: string) => askWithReading(base, searcher, question);
const idsFor = async (question: string): Promise<string[]> => (await readingFor(question)).furtherReading.map((source) => source.id);
const FINANCIAL_TIMES = ['S6'];
const actor = { by: 'test:mod', platform: 'test', displayName: 'Mod', at: TODAY.toISOString() };

describe('further reading', () => {
  it('lists every source by an asked author, and only theirs', async () => {
    expect((await idsFor('what has Asfandyar Mir written')).sort()).toEqual(['S16', 'S3', 'S30']);
  });

  it('reads a “piece” or an “essay” on a topic as a question about the literature', async () => {
    expect((await idsFor('any piece on ISKP external operations after the Iran attack?'))[0]).toBe('S27');
    expect((await readingFor('an essay on the Iran attack and ISKP')).literature).toBe(true);
  });

  it('reads a briefing word beside an author’s name (“Kiani paper purpose”) as what is asked of the work, not as a name', async () => {
    const { result, furtherReading } = await readingFor('Kiani paper purpose');
    expect(furtherReading.map((source) => source.id)).toEqual(['S2']);
    expect(result.answers[0]?.fact.statement).toMatch(/^Kiani's paper sets out to/);
    expect(await idsFor('what has john kiani written')).toEqual([]);
  });

  it('reads “what does the source say” on a topic as asking the claim, which comes with its source', async () => {
    const question = 'TTP using afghanistan as a sanctuary / back base — what does the source say';
    const { literature, result } = await readingFor(question);
    expect(literature).toBe(false);
    expect(result.query.terms).not.toContain('source');
    expect(result.answers[0]?.fact.statement).toMatch(/rear base by the Pakistani Taliban/);
    // Asked which sources there are, it stays a question about the literature.
    expect((await readingFor('what sources are there on the TTP using afghanistan as a base')).literature).toBe(true);
  });

  it('reads "what can I read about" as a question about the literature, and "how did they read" as one about events', async () => {
    const reading = await readingFor('What can I read about ETIM?');
    expect(reading.literature).toBe(true);
    expect(reading.furtherReading.length).toBeGreaterThan(0);
    expect((await readingFor('how did western policymakers read the lack of attacks')).literature).toBe(false);
  });

  it('lists a yearly edition only for its own year, or when no year is asked', async () => {
    expect(await idsFor('Global Terrorism Index 2024')).toEqual(['S4']);
    expect(await idsFor('global terrorism index')).toEqual(['S4']);
    expect(await idsFor('Global Terrorism Index 2025')).toEqual([]);
  });

  it('reads "on the books" as kept on record, not as books to read', async () => {
    expect((await readingFor("how many seminaries were on the education ministry's books")).literature).toBe(false);
    expect((await readingFor('books on the TTP')).literature).toBe(true);
    // It asks for books, and the catalogue lists none on the TTP.
    expect((await readingFor('books on the TTP')).furtherReading).toEqual([]);
  });

  it('limits a question about books to the books listed: an article answers no such question', async () => {
    const asked = await readingFor('has nishat written any books on afghanistan?');
    expect(asked.literature).toBe(true);
    expect(asked.furtherReading).toEqual([]);
    expect(asked.result.answers).toEqual([]);
    expect(await idsFor('what has nishat written on afghanistan?')).toContain('S1');
  });

  it('answers when a source was published from the catalogue’s date, with no claim, and says when it records none', async () => {
    const dated = await readingFor('when was the nishat article published');
    expect(dated.furtherReading.map((source) => [source.id, source.publishedOn])).toEqual([['S1', '2026-02-09']]);
    expect(dated.result.answers).toEqual([]);
    const undated = await readingFor('which year did al-nasr publish kiani’s paper?');
    expect(undated.furtherReading).toEqual([]);
    expect(undated.result.notices).toEqual([expect.stringMatching(/^The catalogue records no publication date for S2, “The Afghan Taliban's Intransigence/)]);
  });

  it('finds an author through a typo in the name', async () => {
    expect((await idsFor('articles by Asfandiyar Mirr')).sort()).toEqual(['S16', 'S3', 'S30']);
    expect((await idsFor('what did Lucas Weber write')).sort()).toEqual(['S21', 'S27', 'S28']);
  });

  it('reads “did the National Interest run anything” as asking what it published, and “who runs …” as no such question', async () => {
    expect((await readingFor('did the national interest run anything on afghanistan in 2024')).furtherReading).toEqual([]);
    expect(await idsFor('did the national interest run anything on afghanistan in 2026')).toEqual(['S1']);
    expect((await readingFor('who runs the TIP')).literature).toBe(false);
  });

  it('reads a publication “from 2022” as one that came out that year, not since', async () => {
    expect(await idsFor('Which Al Jazeera articles from 2022 are in the reading list?')).toEqual([]);
    expect(await idsFor('Al Jazeera articles from 2024')).toEqual(['S17']);
    expect((await idsFor('papers from 2022 to 2024 on the TTP')).sort()).toEqual(['S14', 'S15']);
  });

  it('narrows a publisher to the asked year of publication', async () => {
    expect((await idsFor('what did the Crisis Group publish in 2022')).sort()).toEqual(['S11', 'S31']);
    expect(await idsFor('what did the Crisis Group publish in 2020')).toEqual([]);
  });

  it('knows a publisher by its initials', async () => {
    expect((await idsFor('what did USIP publish')).sort()).toEqual(['S16', 'S3']);
    expect(await idsFor('what has the FT published')).toEqual(FINANCIAL_TIMES);
    // A name in two halves goes by the halves' initials; "International" may be left out.
    expect((await idsFor('anything from RFE/RL on the taliban')).sort()).toEqual(['S22', 'S23']);
    expect((await idsFor('crisis group pieces from 2022')).sort()).toEqual(['S11', 'S31']);
  });

  it('lists nothing for an organisation in capitals that the catalogue does not hold, even as the first word', async () => {
    expect(await idsFor('SIGAR reports on reconstruction in Afghanistan')).toEqual([]);
    expect(await idsFor('what has RAND published on the Taliban')).toEqual([]);
    // A word no dictionary holds is a name however it is typed.
    expect(await idsFor("brookings reports on pakistan's border fence with afghanistan")).toEqual([]);
  });

  it('finds sources whose titles name the topic through its aliases', async () => {
    expect((await idsFor('who wrote about the TTP')).slice(0, 2).sort()).toEqual(['S14', 'S15']);
  });

  it('finds the source behind the facts on a topic no title names', async () => {
    expect((await idsFor('papers on Afghan madrassas'))[0]).toBe('S1');
  });

  it('takes names offered as alternatives (“ETIM or Uyghur militants”, “ETIM / …”) for one topic, which a title naming either covers', async () => {
    const etimSources = ['S18', 'S20'];
    expect(await idsFor('any reading on etim or uyghur militants')).toEqual(expect.arrayContaining([expect.toBeOneOf(etimSources)]));
    expect(await idsFor('any reading on etim / uyghur militants')).toEqual(expect.arrayContaining([expect.toBeOneOf(etimSources)]));
    // Asked together, a title must name both.
    expect(await idsFor('any reading on etim and uyghur militants')).not.toEqual(expect.arrayContaining([expect.toBeOneOf(etimSources)]));
  });

  it('lists by topic only a source whose title holds half the question’s topics at least', async () => {
    expect(await idsFor('carnegie endowment research on the taliban and opium')).toEqual([]);
    expect((await idsFor('research on the taliban and al-qaeda camps')).length).toBeGreaterThan(0);
  });

  it('lists nothing for an author the catalogue does not hold', async () => {
    expect(await idsFor('what has John Smith written about Kabul')).toEqual([]);
    expect(await idsFor('what has john smith written')).toEqual([]);
  });

  it('lists nothing for a full name the catalogue lacks typed in lower case, beside a topic it holds', async () => {
    expect(await idsFor('antonio giustozzi article on the taliban')).toEqual([]);
    expect(await idsFor('articles on the taliban')).not.toEqual([]);
  });

  it('is not put off by a topic word no title holds', async () => {
    expect((await idsFor('Which source reports Tajik Islamist militants taking over districts in Badakhshan?'))[0]).toBe('S24');
  });

  it('takes "report" of a named publisher as a question about what it published, and of anyone else as one about events', async () => {
    const rfe = await readingFor('What did Radio Free Europe report in 2021 about the Taliban and Tajik militants?');
    expect(rfe.literature).toBe(true);
    expect(rfe.furtherReading.map((source) => source.id).sort()).toEqual(['S22', 'S23']);
    expect((await readingFor('VOA report on China asking the Taliban to deal with terrorism')).furtherReading[0]?.id).toBe('S8');
    const event = await readingFor('What did Tajik authorities report in December 2025?');
    expect(event.literature).toBe(false);
    expect(event.result.answers.length).toBeGreaterThan(0);
  });

  it('keeps fact answers off a literature question unless they report what a listed source says', async () => {
    expect((await readingFor('who wrote about the TTP')).result.answers).toEqual([]);
    const kiani = await readingFor('what has Kiani written');
    expect(kiani.furtherReading.map((source) => source.id)).toEqual(['S2']);
    expect(kiani.result.answers.length).toBeGreaterThan(0);
    expect(kiani.result.answers.every(({ fact }) => fact.statement.includes('Kiani'))).toBe(true);
  });

  it('reads a publisher named beside a claim as where the claim was published, and answers with that publisher’s facts only', async () => {
    const kiani = await readingFor('Has the terror threat grown in South Asia lately, according to the Al-Nasr paper?');
    expect(kiani.result.answers[0]?.fact.id).toBe('F66');
    expect(kiani.result.answers.every(({ fact }) => fact.source.publisher === 'Al-Nasr')).toBe(true);
    expect((await readingFor('per the TNI piece, what has Afghanistan become for its neighbours?')).result.answers[0]?.fact.id).toBe('F57');
    // No fact of the base comes from Al Jazeera, so none answers in its name.
    expect((await readingFor('according to the Al Jazeera article, what has Afghanistan become for its neighbours?')).result.answers).toEqual([]);
    // Asked about the publishing itself, the publisher stays part of the question.
    expect((await readingFor("When was Kiani's Al-Nasr paper published?")).result.answers).toEqual([]);
  });

  it('adds a source to an ordinary question only when the question names its author or publisher', async () => {
    const named = await readingFor('What does Zalmai Nishat say about Tajikistan');
    expect(named.result.answers.length).toBeGreaterThan(0);
    expect(named.furtherReading.map((source) => source.id)).toEqual(['S1']);
    expect((await readingFor('length of the Tajik border')).furtherReading).toEqual([]);
  });

  it('follows the catalogue as sources are added, edited and retracted', async () => {
    const id = await base.sources.add(
      {
        title: 'Drone warfare on the Durand Line',
        url: 'https://example.org/drones',
        publisher: 'Example Institute',
        author: 'Nadia Qureshi',
        publishedOn: '2025',
        kind: 'report',
        notes: null,
      },
      { actor, command: 'source add' },
    );
    expect(await idsFor('what has Nadia Qureshi written')).toEqual([`S${id}`]);
    await base.sources.edit(
      id,
      {
        title: 'Drone warfare on the Durand Line',
        url: 'https://example.org/drones',
        publisher: 'Example Institute',
        author: 'Nadia Qureshy',
        publishedOn: '2025',
        kind: 'report',
        notes: null,
      },
      { actor, command: 'source edit' },
      'typo',
    );
    expect(await idsFor('papers by Qureshy')).toEqual([`S${id}`]);
    await base.sources.setStatus(id, 'retracted', { actor, command: 'source retract' }, 'fabricated');
    expect(await idsFor('papers by Qureshy')).toEqual([]);
    expect(await idsFor('papers on drone warfare')).not.toContain(`S${id}`);
  });
});
