import { afterAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { createSearcher } from '../../src/search/searcher';
import { askedSpeaker, quotesOther, speaksIn } from '../../src/search/speaker';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const mention = (entity: string, said: string) => ({ entityId: 1, entity, said, fuzzy: false });

describe('questions asking for a party’s own reply', () => {
  it('find the one party whose reply is asked, and none when two reply together', () => {
    const taliban = mention('Afghan Taliban', 'taliban');
    expect(askedSpeaker('How do the Taliban respond when accused of sheltering militants?', [taliban])).toBe(taliban);
    expect(askedSpeaker('What did China and Pakistan say together?', [mention('China', 'china'), mention('Pakistan', 'pakistan')])).toBeUndefined();
    expect(askedSpeaker('Who accuses the Taliban of sheltering militants?', [taliban])).toBeUndefined();
    expect(askedSpeaker("what's the Taliban's line when accused of sheltering militants", [mention('Afghan Taliban', 'the taliban')])?.entity).toBe(
      'Afghan Taliban',
    );
  });

  it('read “do the Taliban admit to …” as asking the party’s own words, which its denial gives', async () => {
    expect(askedSpeaker('do the taliban admit to sheltering militants', [mention('Afghan Taliban', 'the taliban')])?.entity).toBe('Afghan Taliban');
    expect((await searcher.ask('do the taliban admit to sheltering militants')).answers.map((a) => a.fact.id)).toEqual(['F48']);
  });

  it('read “why do the Taliban say …” as asking the party’s own reason, which no one else’s claim gives', async () => {
    const question = 'why do the taliban say theyre not a threat to the neighbours';
    expect(askedSpeaker(question, [mention('Afghan Taliban', 'the taliban')])?.entity).toBe('Afghan Taliban');
    // "threatens" is a word of the danger asked, and the Taliban's own denial gives their reason.
    expect((await searcher.ask(question)).answers.map((a) => a.fact.id)).toEqual(['F48']);
  });

  it('read the words that frame the reply ("react to allegations") as asked by the party speaking, not as its topic', async () => {
    const question = 'how does the taliban react to allegations that it harbours militant groups';
    const parsed = await searcher.parse(question);
    expect(parsed.terms).not.toContain('react');
    expect(parsed.terms).not.toContain('allegations');
    const answers = (await searcher.ask(question)).answers.map((a) => a.fact.id);
    expect(answers).toContain('F48');
    expect(answers).not.toContain('F20');
    // Without a reply asked, an allegation is what the question is about.
    expect((await searcher.parse('allegations that the taliban harbour militant groups')).terms).toContain('allegations');
  });

  it('take the party’s own words on the matter for its reply, though they share fewer of the question’s words', async () => {
    // "deny harboring any group": its own reply, with "harboring" for "sheltering" and no word for "militants".
    expect((await searcher.ask('what do the taliban say when accused of sheltering militants')).answers[0]?.fact.id).toBe('F48');
    expect((await searcher.ask("what's the taliban's line when accused of sheltering militants")).answers[0]?.fact.id).toBe('F48');
  });

  it('take a reply to a charge that words the charge its own way, one of its words unsaid (“terror groups” for “any group”)', async () => {
    expect((await searcher.ask('what do the taliban say when accused of harbouring terror groups?')).answers[0]?.fact.id).toBe('F48');
    // Asked what an author says of something, every word of it that names the matter must be said.
    expect((await searcher.ask('What does Nishat say the risks are of ignoring the crisis?')).answers.map((a) => a.fact.id)).not.toContain('F58');
  });

  it('tell a statement giving another speaker’s words from the author’s own claim', () => {
    expect(quotesOther('China argues that the restraint leaves the threat intact.', ['nishat'])).toBe(true);
    expect(quotesOther('According to the Tajik government, three were killed.', ['nishat'])).toBe(true);
    expect(quotesOther('According to Nishat, Western capitals engage the Taliban.', ['nishat'])).toBe(false);
    expect(quotesOther('Nishat argues that the crisis matters to the West.', ['nishat'])).toBe(false);
    expect(quotesOther('Pakistan closed all borders with Afghanistan.', ['nishat'])).toBe(false);
  });

  it('answer for an author only with the author’s own claims, not another speaker’s reported in the paper', async () => {
    const sides = (await searcher.ask('do nishat and kiani agree that the taliban cannot rein in militant groups')).comparison ?? [];
    expect(sides.map((side) => side.label)).toEqual(['Zalmai Nishat', 'Sajid Kiani']);
    expect(sides[0]!.answer.fact.statement).not.toMatch(/^China argues/);
  });

  it('tell the party that speaks or acts in a statement from one spoken about', () => {
    expect(speaksIn('The Afghan Taliban deny harboring any group.', ['afghan taliban'])).toBe(true);
    expect(speaksIn('In response to the violence, Pakistan closed all borders.', ['pakistan'])).toBe(true);
    expect(speaksIn('According to Nishat, the Taliban aid radicalism.', ['nishat'])).toBe(true);
    expect(speaksIn('Governments across the region accuse the Afghan Taliban of protecting extremists.', ['afghan taliban'])).toBe(false);
  });

  it('answer a question about a party’s reply with nothing rather than with what others say of it', async () => {
    const answers = (await searcher.ask('How do the Taliban respond when accused of sheltering terrorists?')).answers;
    expect(answers.map((a) => a.fact.statement)).not.toContainEqual(expect.stringMatching(/^Governments across/));
  });
});
