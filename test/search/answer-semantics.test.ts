import { afterAll, describe, expect, it } from 'vitest';
import { toAskReply } from '../../src/ask-reply';
import { askedOneOf, givesName, namedNoun } from '../../src/search/answer-kind';
import { openFactBase } from '../../src/fact-base';
import { governmentsForCapitals } from '../../src/search/capitals';
import { findPartySides } from '../../src/search/comparison-party';
import { countedNoun, countedPredicate, countsOf } from '../../src/search/metrics';
import { toWords } from '../../src/search/tokens';
import { createSearcher } from '../../src/search/searcher';
import { toStem } from '../../src/search/tokens';
import { createWordLookups } from '../../src/search/word-lookups';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());

const top = async (question: string): Promise<string | undefined> => (await searcher.ask(question)).answers[0]?.fact.statement;
const answerIds = async (question: string): Promise<string[]> => (await searcher.ask(question)).answers.map((a) => a.fact.id);

describe('the kind of answer asked', () => {
  it('answers “who” only with a fact naming who acted', async () => {
    expect(await top('Who shot at the CRBC staff in Darvoz?')).toMatch(/gunmen/);
    expect(await answerIds('Who launched the drone that struck the camp in Khatlon?')).toEqual([]);
  });

  it('answers “who” with the kind of group that acts when no name is given (“extremist groups carry out raids”)', async () => {
    expect((await answerIds('who carries out the cross-border raids into tajikistan from northern afghanistan?'))[0]).toBe('F32');
    // "Which group" still wants a named one.
    expect(await answerIds('which group carries out the cross-border raids into tajikistan from northern afghanistan?')).not.toContain('F32');
  });

  it('reads “which neighbour” as asking for a place, answered by the country the fact names', async () => {
    const parsed = await searcher.parse('which neighbour has suffered most from afghanistan-based terrorism');
    expect(parsed.kind).toBe('where');
    expect(parsed.required).not.toContain('neighbour');
    expect((await answerIds('which neighbour has suffered most from afghanistan-based terrorism'))[0]).toBe('F21');
    // Neighbours that speak are a topic, not the kind of answer.
    expect((await searcher.parse("what do Afghanistan's neighbours make of Taliban promises")).required).toContain('neighbours');
  });

  it('answers “why do they think …” with the evidence they cite', async () => {
    expect((await answerIds('why do policymakers in the west think the taliban restrain jihadist activity'))[0]).toBe('F17');
  });

  it('reads “on what dates” as asking when, answered only by a dated fact', async () => {
    expect(await answerIds('on what dates did pakistan strike kabul and paktika')).toEqual([]);
    expect(await answerIds('on what date did pakistan close the border with afghanistan')).toContain('F30');
  });

  it('answers “which district of Kabul” only with a place inside it, not with the country around it', async () => {
    expect(await answerIds('which district of kabul was the chinese restaurant in')).toEqual([]);
    expect(await answerIds('which region of tajikistan was the chinese workers camp in')).toContain('F37');
  });

  it('answers “who is …” with what the person is', async () => {
    expect(await top('Who was Robert Gates?')).toMatch(/former US Secretary of Defense/);
  });

  it('answers “TIP — who are they?” as “who is TIP?”, with the statement defining it', async () => {
    expect((await searcher.parse('TIP — who are they?')).definitional).toBe(true);
    expect(await top('TIP — who are they?')).toMatch(/^The Turkistan Islamic Party is a/);
  });

  it('reads a name with a word asking what someone is (“credentials”, “job”) as “who is …”', async () => {
    const parsed = await searcher.parse('kiani credentials');
    expect(parsed.definitional).toBe(true);
    expect(parsed.terms).toEqual([]);
    expect((await answerIds('kiani credentials'))[0]).toBe('F65');
    expect(await top("nishat's job")).toMatch(/^Zalmai Nishat is the founder/);
    // Without a name, the word is a topic like any other.
    expect((await searcher.parse('job losses in kabul')).terms).toContain('job');
  });

  it('reads a describing word before the profile word (“quick background”) as asking too, but keeps when in a career (“previous”)', async () => {
    expect((await searcher.parse('Turkistan Islamic Party - quick background?')).terms).toEqual([]);
    expect(await top('Turkistan Islamic Party - quick background?')).toMatch(/^The Turkistan Islamic Party is a/);
    expect((await searcher.parse("nishat's previous job")).terms).toEqual(['previous']);
    // The article before the name leaves it the name the profile is asked of.
    expect((await searcher.parse('give me a quick profile of the TIP')).definitional).toBe(true);
    expect(await top('give me a quick profile of the TIP')).toMatch(/^The Turkistan Islamic Party is a/);
  });

  it('reads “what kind of group is it” of something named as asking what it is, and of anything else as a topic', async () => {
    const parsed = await searcher.parse('Turkistan Islamic Party - what kind of group is it?');
    expect(parsed.definitional).toBe(true);
    expect(parsed.terms).toEqual([]);
    expect(await top('What kind of organisation is Mosaic Global Foundation?')).toMatch(/^Mosaic Global Foundation is a charity/);
    expect((await searcher.parse('what kind of drone was used in the khatlon attack')).terms).toContain('kind');
  });

  it('reads “who’s” and “what’s” as “who is” and “what is”, and “in plain terms” as asking for plain words', async () => {
    expect((await searcher.parse('who’s Sajid Kiani?')).definitional).toBe(true);
    const parsed = await searcher.parse("What's a madrassa, in plain terms?");
    expect(parsed.definitional).toBe(true);
    expect(parsed.terms).toEqual(['madrassa']);
  });

  it('reads “what did Nishat do before he set up his charity” as asking what he previously was', async () => {
    const parsed = await searcher.parse('What did Nishat do before he set up his charity?');
    expect(parsed.terms).toEqual(['previously']);
    expect(await top('What did Nishat do before he set up his charity?')).toMatch(/was previously the programme lead/);
    expect(await top('Who did Zalmai Nishat work for before setting up his charity?')).toMatch(/was previously the programme lead/);
    // Without a name, "before" is no career.
    expect((await searcher.parse('what happened before the border closed')).terms).not.toContain('previously');
  });

  it('reads “TIP = ?” and “tell me about Zalmai Nishat” as asking what the name is, but not “tell me about TTP attacks”', async () => {
    expect(await top('TIP = ?')).toMatch(/^The Turkistan Islamic Party is a/);
    expect(await top('tell me about zalmai nishat')).toMatch(/^Zalmai Nishat (?:is|was)/);
    expect((await searcher.parse('tell me about TTP attacks in 2025')).definitional).toBe(false);
  });

  it('reads “who is that” after a name as asking who they are', async () => {
    expect((await searcher.parse('robert gates, who is that')).definitional).toBe(true);
    expect(await top('robert gates, who is that')).toBe('Robert Gates is a former US Secretary of Defense.');
  });

  it('answers “what does TTP stand for” with the fact that spells the name out', async () => {
    const parsed = await searcher.parse('what does TTP stand for');
    expect(parsed.asksNameMeaning).toBe(true);
    expect(parsed.terms).toEqual([]);
    expect((await searcher.ask('what does TTP stand for')).answers[0]?.fact.quote).toContain('Tehreek-e-Taliban Pakistan or TTP');
    // Asked of something else, "stand for" is what the question is about.
    expect((await searcher.parse('what does the TTP stand for in its charter on schools')).asksNameMeaning).toBe(false);
  });

  it('reads the fragment “CRBC stands for?” as asking the name spelt out, but not when more than the name is asked of', async () => {
    const parsed = await searcher.parse('CRBC stands for?');
    expect(parsed.asksNameMeaning).toBe(true);
    expect(parsed.terms).toEqual([]);
    expect((await searcher.ask('CRBC stands for?')).answers[0]?.fact.statement).toContain('China Road and Bridge Corporation');
    expect((await searcher.parse('what do the TTP attacks mean')).asksNameMeaning).toBe(false);
  });

  it('answers “who” with the places whose governments act (“Governments in Europe and North America condemn …”)', async () => {
    expect(await answerIds("who routinely condemns the IEA's treatment of women and girls")).toEqual(['F13']);
    // Named only as where something happens, a region is no one who acted.
    expect(await answerIds('who is behind the rise in terrorist activity in South Asia and Central Asia')).not.toContain('F19');
  });

  it('answers “which general …” only with a named person, not with the country that acted', async () => {
    expect(await answerIds('Which Pakistani general ordered the airstrikes on Paktika?')).toEqual([]);
    expect(await answerIds('who ordered the airstrikes on Paktika')).toContain('F31');
    expect(await top('which former defense secretary warned about badly governed states')).toMatch(/Robert Gates/);
  });

  it('answers “who” with a country that acts (its government), but not “which group”', async () => {
    expect(await answerIds('who closed the border with afghanistan in october 2025')).toEqual(['F30']);
    expect(await answerIds('which group closed the border with afghanistan in october 2025')).toEqual([]);
  });

  it('answers who reported a claim with the fact that says whose claim it is, the reporting verb no word it must hold', async () => {
    const parsed = await searcher.parse('Who reported the three Chinese deaths in the Khatlon drone strike?');
    expect(parsed.asksReporter).toBe(true);
    expect(parsed.terms).not.toContain('reported');
    expect(await top('Who reported the three Chinese deaths in the Khatlon drone strike?')).toMatch(/^According to the Tajik government/);
    expect(await top('who put out the figure of three Chinese dead in Khatlon?')).toMatch(/^According to the Tajik government/);
    // Who put a statement out may be who acted in it.
    expect(await top('who put out the statement demanding concrete and verifiable steps from the taliban')).toMatch(/^In early January 2026, China issued/);
  });

  it('reads “who says …” as asking whose claim it is, which a party that counters or insists gives', async () => {
    const question = "Who says the Taliban's counterterrorism assurances are just selective enforcement?";
    expect((await searcher.parse(question)).asksReporter).toBe(true);
    expect(await top(question)).toMatch(/^Afghanistan's neighbouring states counter that/);
  });

  it('answers who holds an office now with no fact that gives only a former holder of it', async () => {
    expect(await answerIds('who’s the current US secretary of defense?')).toEqual([]);
    // Asked who held it, the same fact answers.
    expect(await top('which former US secretary of defense warned about failed states?')).toMatch(/Robert Gates/);
  });

  it('answers “who did China act with” with the country the claim pairs it with', async () => {
    expect((await answerIds('Who did China issue its January joint statement on the Taliban with?'))[0]).toBe('F44');
  });

  it('takes neither a country in “Afghanistan-based groups” nor the party a statement urges for who acted', async () => {
    // F44 names China and Pakistan, who issued it, and the Taliban, whom it urges: nobody else signed.
    expect(await answerIds('Who signed the China-Pakistan joint statement for Beijing?')).toEqual([]);
  });

  it('answers “what is …” with a description set beside the name, and of facts that only mention an abbreviation with the one spelling it out', async () => {
    expect(await top('what is khyber pakhtunkhwa')).toMatch(/^Khyber Pakhtunkhwa, the Pakistani province/);
    // A figure a fact happens to state is no part of what the thing is.
    expect((await answerIds('what is the ttp'))[0]).toBe('F22');
  });

  it('takes “Afghan soil” for the country: a fact need not name its ground, but one that does counts it', async () => {
    const parsed = await searcher.parse('is the pakistani taliban using afghan soil as a staging ground');
    expect(parsed.required).not.toContain('soil');
    expect(parsed.incidental).toEqual(['soil']);
    expect(await top('is the pakistani taliban using afghan soil as a staging ground')).toMatch(/rear base by the Pakistani Taliban/);
    expect(await top('Is terrorism connected to Afghan territory getting worse in South and Central Asia?')).toMatch(/linked to the territory of Afghanistan/);
    // Not after a name, the word is a topic like any other.
    expect((await searcher.parse('what territory does the TTP control')).required).toContain('territory');
  });

  it('reads hearsay before a claim (“someone in general chat said …”, “I heard …”) as no topic', async () => {
    const question = 'someone in general chat said the taliban are basically helping extremism spread into central asia instead of stopping it, who said that';
    expect((await searcher.parse(question)).terms).not.toContain('chat');
    expect(await top(question)).toMatch(/^Zalmai Nishat argues that the Afghan Taliban is failing to contain/);
    expect((await searcher.parse('is it true that money goes to the Taliban every week')).terms).not.toContain('true');
  });

  it('reads “reckon” as “think”, which asks whose view and names no topic', async () => {
    const question = 'why do some policymakers reckon the Taliban is keeping global jihadists on a leash?';
    expect((await searcher.parse(question)).terms).not.toContain('reckon');
    expect(await top(question)).toMatch(/^Many Western policymakers cite the absence/);
  });

  it('reads “like” in chat (“who’s Nishat, like what’s his background”) as no topic', async () => {
    expect((await searcher.parse("who's zalmai nishat, like whats his background")).terms).toEqual([]);
    expect(await top("who's zalmai nishat, like whats his background")).toMatch(/^Zalmai Nishat (?:is|was)/);
  });

  it('answers “what is …” with the statement defining it, even when the name takes an article', async () => {
    expect(await top('What is the Turkistan Islamic Party?')).toMatch(/^The Turkistan Islamic Party is a Uyghur-led/);
  });

  it('answers “what happened to the militants who crossed …” only with their fate, not with the crossing', async () => {
    const question = 'what happened to the militants who crossed into Tajikstan in december';
    expect(await top(question)).toMatch(/all three militants who had infiltrated from Afghanistan were killed/);
    expect(await answerIds(question)).not.toContain('F34');
    // Of a thing, not of people, any change is what happened to it.
    expect(await top('What happened to the number of madrassa students under the Taliban?')).toMatch(/madrassa students in Afghanistan has doubled/);
  });

  it('answers “what happened” first with the fact that tells the event from its date on', async () => {
    expect((await answerIds('What happened in Kabul on 19 January 2026?'))[0]).toBe('F2');
  });

  it('answers “is Afghanistan itself secure” first with the fact about the country proper, not its neighbours', async () => {
    expect(await top('is afghanistan itself secure now')).toBe('Nishat writes that Afghanistan itself remains insecure.');
    expect(await top('does nishat think afghanistan itself is secure')).toBe('Nishat writes that Afghanistan itself remains insecure.');
  });

  it('prefers the fact that says the asked word itself to one that says an equivalent', async () => {
    expect(await top('How many militants crossed near Shamsiddin Shohin?')).toMatch(/militants crossed/);
  });

  it('prefers the fact that names the asked entity to one only tagged with it', async () => {
    expect(await top('Has terrorism in Pakistan been rising since 2021?')).toMatch(/Pakistan in particular/);
  });

  it('prefers the fact whose quote says what was asked to one whose statement only adds it as context', async () => {
    expect(await top('Was a camp housing Chinese workers in Tajikistan hit by a drone?')).toMatch(/struck a Chinese workers' camp/);
  });

  it('prefers, of two equally covering facts, the one whose quote carries the asked word too', async () => {
    expect(await top('Sajid Kiani paper conclusion')).toMatch(/relatively unable to restrain/);
  });

  it('answers “which group” only with a named group, not with people a report names', async () => {
    expect(await answerIds('Which group was responsible for the December 2025 crossing near Shamsiddin Shohin?')).toEqual([]);
    expect(await top('Which group does China see as a direct threat to Xinjiang?')).toMatch(/Turkistan Islamic Party/);
  });

  it('answers “which group” with who acted, not with the group whose people were the target', async () => {
    expect(await answerIds('which group was behind the darvoz shooting')).toEqual([]);
    expect(await top('which group bombed the chinese restaurant in kabul')).toMatch(/ISIS-linked/);
  });

  it('answers “which company …” only with a fact that names such a thing, however everyday the noun', async () => {
    expect(askedOneOf('Which Chinese company ran the camp hit in Khatlon?')).toBe('company');
    // The noun may come first, with the verb after it.
    expect(askedOneOf('which company ran the chinese workers camp hit in khatlon')).toBe('company');
    expect(await answerIds('which company ran the chinese workers camp hit in khatlon')).toEqual([]);
    // "Which part of Kabul" asks where, answered by a place inside the city, not by a "part".
    expect(askedOneOf('Which part of Kabul was the bombed restaurant in?')).toBeUndefined();
    expect(await answerIds('Which part of Kabul was the bombed restaurant in?')).toEqual([]);
    expect(askedOneOf('According to Kiani, what went hand in hand with the surge?')).toBeUndefined();
    expect(askedOneOf('Which group bombed the restaurant?')).toBeUndefined();
    expect(askedOneOf('which way is militancy in the region heading?')).toBeUndefined();
    expect(await answerIds('Which Chinese company ran the camp hit in Khatlon?')).toEqual([]);
  });

  it('answers “when” only with a dated fact that says when', async () => {
    expect(await top('When did Pakistan seal its border with Afghanistan?')).toMatch(/October 2025/);
    expect(await answerIds('When did Zalmai Nishat found Mosaic Global Foundation?')).toEqual([]);
  });

  it('answers “what exact day” and “exact dates of” only with a fact that gives the day, not the month alone', async () => {
    expect(await answerIds('What exact day in October 2025 did Pakistan close the border?')).toEqual([]);
    expect(await answerIds("exact dates of pakistan's airstrikes on kabul and khost")).toEqual([]);
    expect(await answerIds('exact day in october 2025 when pakistan shut the border')).toEqual([]);
    expect((await answerIds('on what exact date was the Kabul restaurant bombed'))[0]).toMatch(/^F(2|3|42)$/);
    expect((await answerIds('when did Pakistan close the border'))[0]).toBe('F30');
  });

  it('answers “when” with the fact that reports the event before one that only dates another claim by it (“Since the return to power, …”)', async () => {
    expect(await top('when exactly did the taliban get back into power?')).toBe('The Afghan Taliban returned to power in Afghanistan in August 2021.');
  });

  it('reads “what the neighbours say” as asking what they say, not which neighbour', async () => {
    expect((await searcher.parse("The Taliban's line on harbouring militants versus what the neighbours say")).kind).toBe('any');
    expect((await searcher.parse('what neighbouring country has suffered most')).kind).toBe('where');
  });

  it('reads “which Afghan cities” as asking for places, with the place noun no word a fact must hold', async () => {
    const parsed = await searcher.parse('which afghan cities/provinces did pakistan hit with airstrikes?');
    expect(parsed.kind).toBe('where');
    expect(parsed.required).toEqual(['airstrikes']);
    expect(await top('which afghan cities/provinces did pakistan hit with airstrikes?')).toMatch(/Kabul, Khost, Jalalabad/);
  });

  it('reads “which Kabul neighbourhood” as asking for a place inside the city, which the city or its country does not give', async () => {
    expect((await searcher.parse('which kabul neighbourhood was the restaurant in?')).kind).toBe('where');
    expect(await answerIds('which kabul neighbourhood was the restaurant in?')).toEqual([]);
  });

  it('reads “on what grounds” as asking why, answered by a fact that gives the reason', async () => {
    const parsed = await searcher.parse("On what grounds do the Taliban say they aren't sheltering groups that threaten other countries?");
    expect(parsed.kind).toBe('why');
    expect(parsed.terms).not.toContain('grounds');
    expect(await top("On what grounds do the Taliban say they aren't sheltering groups that threaten other countries?")).toMatch(/citing religious decrees/);
  });

  it('answers “since when” only with a fact that says when it began, not with one that only gives a date', async () => {
    expect((await searcher.parse('since when has pakistan seen terrorism rise according to kiani')).kind).toBe('since');
    expect(await answerIds('since when has pakistan seen terrorism rise according to kiani')).toEqual(['F67']);
  });

  it('reads “which official” as asking who, but not “what did Arab News publish” nor “what exact date”', async () => {
    expect((await searcher.parse('Which Taliban official denied harbouring militants?')).kind).toBe('who');
    expect((await searcher.parse('what did Arab News publish in 2024')).kind).toBe('any');
    expect(await answerIds('Which Taliban official denied harbouring militants?')).toEqual([]);
  });

  it('reads “what exact date” and “which day” as asking when', async () => {
    expect((await searcher.parse('what exact date did Pakistan bomb Khost?')).kind).toBe('when');
    expect((await searcher.parse('which day was the Kabul restaurant bombed?')).kind).toBe('when');
    expect(await answerIds('what exact date did Pakistan bomb Khost?')).toEqual([]);
  });

  it('answers “where” with a place the question did not name', async () => {
    expect(await top('Where in Tajikistan did the drone strike the Chinese camp?')).toMatch(/Khatlon/);
  });

  it('reads “which part of Tajikistan” as asking where, the part no word a fact must hold', async () => {
    const question = "In which part of Tajikistan was the Chinese workers' camp that got hit by a drone?";
    const parsed = await searcher.parse(question);
    expect(parsed.kind).toBe('where');
    expect(parsed.terms).not.toContain('part');
    expect(await top(question)).toMatch(/Khatlon/);
  });

  it('reads “PAF” as the Pakistani air force, whose strikes are airstrikes', async () => {
    expect(await top('PAF strikes inside AFG - what were they going after?')).toMatch(/airstrikes targeting TTP leadership/);
  });

  it('reads a fragment ending in “locations” as asking where, the noun no word a fact must hold', async () => {
    const parsed = await searcher.parse('pak airstrikes afg locations');
    expect(parsed.kind).toBe('where');
    expect(parsed.terms).not.toContain('locations');
    expect(await top('pak airstrikes afg locations')).toMatch(/Kabul, Khost, Jalalabad and Paktika/);
    // Asked about, the noun is a topic: "the locations of the camps" in a question that asks who.
    expect((await searcher.parse('who runs the camps at those locations near the border')).kind).toBe('who');
  });

  it('answers who claims something with whoever alleges it, and takes emphasis (“actual”) for no topic', async () => {
    expect(await answerIds("who's claiming ttp leaders roam free in afghanistan")).toContain('F24');
    expect(await top('taliban claim tip not allowed to hit china')).toMatch(/prohibited from targeting China/);
    expect((await searcher.parse('do the tip guys have actual fighting experience in syria')).terms).not.toContain('actual');
  });

  it('answers “why” only with a fact that gives a reason', async () => {
    expect(await answerIds('Why did madrassa numbers rise under Taliban rule?')).toEqual([]);
    expect(await top('Why did Pakistan close its borders with Afghanistan?')).toMatch(/In response to the violence/);
    expect(await top('Why does China worry about the TIP?')).toMatch(/direct threat/);
    // "What motivated" asks why as well.
    expect(await answerIds('What motivated the gunmen who shot the Chinese workers near Darvoz?')).toEqual([]);
  });

  it('answers “how many” with a count of the asked thing, not of something else', async () => {
    expect(await top('how many madrassas were registered during the republic')).toMatch(/13,000 madrassas/);
    expect(await answerIds('How many soldiers does Pakistan keep on the Afghan border?')).toEqual([]);
  });

  it('counts what shorthand stands for: “how many ppl” are people, whom any count of the dead answers', async () => {
    expect((await answerIds('how many ppl lost their lives in the Kabul restaurant bombing?'))[0]).toMatch(/^F(2|42)$/);
  });

  it('counts gunmen under the two words a fact may call them (“three heavily armed militants”)', async () => {
    const armedMilitants = new Set([['armed', 'militants'].map(toStem).join(' ')]);
    expect(countsOf('three heavily armed militants crossed', armedMilitants, toStem)).toBe(true);
    expect(countsOf('three militants and armed guards', armedMilitants, toStem)).toBe(false);
    expect(await top('how many gunmen snuck into tajikistan in dec 2025')).toMatch(/three heavily armed militants crossed/);
  });

  it('reads “%” as asking a percentage, and “details” as asking for no word of its own', async () => {
    expect((await searcher.parse("KP fatalities '25 vs '24, % change?")).metrics).toContain('percent');
    expect(await top("KP fatalities '25 vs '24, % change?")).toMatch(/44 percent increase/);
    expect((await searcher.parse("ISKP Kabul attack Jan '26 - details?")).terms).not.toContain('details');
  });

  it('answers “how many guards does Tajikistan have” with no count of guards killed, but “how many guards died” with it', async () => {
    const guards = new Set([toStem('guards')]);
    expect(countsOf('a firefight left two Tajik border guards dead', guards, toStem, true)).toBe(false);
    expect(countsOf('a firefight left two Tajik border guards dead', guards, toStem)).toBe(true);
    expect(await answerIds('How many guards does Tajikistan have on the Afghan frontier?')).toEqual([]);
    expect(await top('How many Tajik border guards died in the Shamsiddin Shohin firefight?')).toMatch(/two Tajik border guards dead/);
  });

  it('reads “how many km” as asking a length, which a fact gives in its own unit', async () => {
    const question = "china's border w afghanistan - how many km?";
    expect(countedNoun(question, toWords(question))).toBeUndefined();
    expect(await top(question)).toBe("China's border with Afghanistan is only 76 kilometers long.");
    expect(await top('how many miles is the tajik border')).toMatch(/1,357-kilometer/);
  });

  it('answers “how many times” with the count of the event, as no thing called a time is counted', async () => {
    const question = 'how many times did pak forces and the afghan taliban clash on the border in 2025';
    expect(countedNoun(question, toWords(question))).toBeUndefined();
    expect(await top(question)).toMatch(/over 80 border clashes/);
  });

  it('answers “how many … were injured” only with a count of the injured, not of the dead', async () => {
    expect(countedPredicate('How many people were injured in the bombing?', toWords('How many people were injured in the bombing?'))).toBe('injured');
    expect(countedPredicate('how many madrassas are there', toWords('how many madrassas are there'))).toBeUndefined();
    expect(await answerIds('How many people were hurt in the Kabul restaurant bombing?')).toEqual([]);
    expect(await top('How many people were killed in the Kabul restaurant bombing?')).toMatch(/seven/);
  });
});

describe('asked for a name', () => {
  it('answers only with a fact that gives the thing a proper name', async () => {
    expect(await answerIds('What is the name of the restaurant that was bombed in Kabul?')).toEqual([]);
    const entityWords = new Set(['chinese', 'kabul']);
    expect(givesName('A bomb hit the Golden Dragon restaurant in Kabul.', 'restaurant', entityWords)).toBe(true);
    expect(givesName('A bomb hit a Chinese restaurant in Kabul.', 'restaurant', entityWords)).toBe(false);
  });

  it('reads a fragment opening with “name of” as asking a name, and a demonym before the noun as no name', async () => {
    expect((await searcher.parse('name of the chinese national killed in the kabul bombing')).kind).toBe('name');
    expect(await answerIds('name of the chinese national killed in the kabul bombing')).toEqual([]);
    expect(namedNoun('name of the chinese national killed', () => true, new Set(['chinese']))).toBe('national');
  });

  it('reads "who was the … killed" and "give me the names of" as asking a name, and "who was killed" as asking who', async () => {
    expect((await searcher.parse('who was the chinese national killed in the kabul bombing')).kind).toBe('name');
    expect(await answerIds('who was the chinese national killed in the kabul bombing')).toEqual([]);
    expect((await searcher.parse('give me the names of the tajik border guards killed in december')).kind).toBe('name');
    expect(await answerIds('give me the names of the tajik border guards killed in december')).toEqual([]);
    expect((await searcher.parse('who was killed in the kabul bombing')).kind).toBe('who');
    expect(await answerIds('who was killed in the kabul bombing')).toContain('F2');
  });
});

describe('periods that cannot mislead', () => {
  it('does not answer for one year with a figure for another or a wider span', async () => {
    const result = await searcher.ask('Khyber Pakhtunkhwa fatalities in 2024');
    expect(result.answers).toEqual([]);
    expect(result.related.map((r) => r.fact.id)).toContain('F29');
  });

  it('dates a change stated against a baseline year by the year it reports, when a change is asked', async () => {
    // F29 runs from 2024, its baseline, to 2025: asked how much 2025 rose, it answers for 2025.
    expect((await answerIds('By what percentage did fatalities in Khyber Pakhtunkhwa rise in 2025?'))[0]).toBe('F29');
    expect((await answerIds('how much did KP deaths go up in 2025'))[0]).toBe('F29');
    // Asked no change, the 2024–2025 span is not the 2024 figure; and the change it states is 2025's.
    expect(await answerIds('Khyber Pakhtunkhwa fatalities in 2024')).toEqual([]);
    expect(await answerIds('how much did KP deaths go up in 2024')).toEqual([]);
  });

  it('does not carry an ongoing fact past its source into the future', async () => {
    expect(await answerIds('TTP attacks in 2027')).toEqual([]);
    expect(await answerIds('TTP attacks next year')).toEqual([]);
    // "By 2030" asks how things will stand then, which no reported figure tells.
    expect(await answerIds('expected number of madrassas in Afghanistan by 2030')).toEqual([]);
    expect((await searcher.parse('madrassas in Afghanistan by 2020')).future).toBe(false);
  });

  it('takes no word of an attribution for a word of the claim (“according” is not an accord, a treaty)', async () => {
    expect(await answerIds('When was the peace treaty between Pakistan and the Afghan Taliban signed?')).toEqual([]);
  });

  it('answers “since” with the fact that runs from then', async () => {
    expect(await top('terror activity in Pakistan since 2021')).toMatch(/since the onset of 2021/);
  });
});

describe('abbreviations in questions', () => {
  it('reads “govts” as governments instead of as a name the base lacks', async () => {
    expect(await top('how do western govts see taliban rule: a security threat?')).toMatch(/moral problem/);
  });

  it('reads “uni” as a university, which a person’s affiliation names', async () => {
    expect(await top('where does sajid kiani study, which uni')).toMatch(/National Defense University/);
  });
});

describe('capitals standing for governments', () => {
  // As the parser reads them: each word the reading asks about is fetched from the base.
  const capitalsRead = (question: string): Promise<string> => {
    const known = createWordLookups((stem) => base.search.hasTerm(stem), toStem, false);
    return known.settle(() => governmentsForCapitals(question, known.lookup));
  };

  it('reads capitals before what only a government issues (“Beijing Islamabad joint statement”) as the governments', async () => {
    expect(await capitalsRead('Beijing Islamabad joint statment on the Taleban')).toBe('China Pakistan joint statment on the Taleban');
    expect(await capitalsRead('the Islamabad statement on the border')).toBe('the Islamabad statement on the border');
    expect(await capitalsRead('Kabul restaurant bombing')).toBe('Kabul restaurant bombing');
  });

  it('reads a capital that speaks or acts as its government, and leaves the city otherwise', async () => {
    expect(await capitalsRead('What does Islamabad say about the TTP?')).toBe('What does Pakistan say about the TTP?');
    expect(await capitalsRead('Beijing’s concerns')).toBe('China’s concerns');
    expect(await capitalsRead('the Kabul bombing')).toBe('the Kabul bombing');
    // After an auxiliary too, a capital after an article names the thing that follows.
    expect(await capitalsRead('how many lives did the Kabul bombing claim')).toBe('how many lives did the Kabul bombing claim');
  });

  it('reads a capital before the period is taken out, so a month between the article and the city leaves it a city', async () => {
    const parsed = await searcher.parse('why does nishat think the january kabul bombing was significant');
    expect(parsed.entities.map((m) => m.entity)).toEqual(['Zalmai Nishat', 'Kabul']);
    expect(parsed.period?.label).toBe('january');
  });

  it('knows a verb by WordNet rather than by a list, and a place by the preposition before it', async () => {
    expect(await capitalsRead('did Islamabad close the crossings?')).toBe('did Pakistan close the crossings?');
    expect(await capitalsRead('What did Beijing and Islamabad ask of the Taliban?')).toBe('What did China and Pakistan ask of the Taliban?');
    expect(await capitalsRead('When was the restaurant in Kabul bombed?')).toBe('When was the restaurant in Kabul bombed?');
  });

  it('reads a capital no fact names as its government when something is done to it, but not a known city', async () => {
    expect(await capitalsRead('did the Taliban promise Washington anything?')).toBe('did the Taliban promise the United States anything?');
    expect(await capitalsRead('did Pakistan bomb Kabul?')).toBe('did Pakistan bomb Kabul?');
    expect(await top('did the taliban promise washington anything about western interests?')).toMatch(/promised the United States/);
  });

  it('reads a capital after an article and a date as the city (“does the January Kabul bombing …”)', async () => {
    expect(await capitalsRead('why does the january kabul bombing matter')).toBe('why does the january kabul bombing matter');
    expect(await capitalsRead('did the January 19 Kabul bombing kill locals')).toBe('did the January 19 Kabul bombing kill locals');
  });

  it('reads a capital after “according to” or “per” as the government whose claim it is', async () => {
    expect(await capitalsRead('According to Islamabad, where do TTP commanders operate from?')).toBe(
      'According to Pakistan, where do TTP commanders operate from?',
    );
    expect(await top('According to Islamabad, where do TTP commanders and training camps operate from?')).toMatch(/^Pakistani officials allege/);
  });

  it('reads a capital no fact names as its government after “to”, but as the city where something is', async () => {
    expect(await capitalsRead('did the taliban ever pledge to washington')).toBe('did the taliban ever pledge to the United States');
    expect(await capitalsRead('protests in Washington')).toBe('protests in Washington');
  });
});

describe('comparisons', () => {
  it('sets a named party against a kind of party (“the West compared with its neighbours”), each in its own fact', async () => {
    const result = await searcher.ask('how does the west see afghanistan compared with its neighbours');
    expect(result.comparison?.map((side) => side.label)).toEqual(['the West', 'the neighbours']);
    // The source's own contrast: "For Western policymakers, …" beside "For Afghanistan's neighbours, …".
    expect(result.answers.map((a) => a.fact.id)).toEqual(['F56', 'F57']);
    // "Regional views" are the neighbours'.
    expect((await searcher.ask('How do Western and regional views of Afghanistan differ?')).answers.map((a) => a.fact.id)).toEqual(['F56', 'F57']);
  });

  it('reads whose neighbours they are as what both sides share, and the other named party as the side', async () => {
    const kindOf = (entity: string): string | undefined => ({ 'Afghan Taliban': 'group', Afghanistan: 'country', 'the West': 'region' })[entity];
    const sides = findPartySides(await searcher.parse("Do the Taliban and Afghanistan's neighbours agree on whether it harbours militants?"), kindOf);
    expect(sides?.party.entity).toBe('Afghan Taliban');
    expect(sides?.shared.map((m) => m.entity)).toEqual(['Afghanistan']);
    expect(findPartySides(await searcher.parse("what do afghanistan's neighbours say about the taliban"), kindOf)).toBeNull();
  });

  it('answers the party’s own line with its own words, and the kind with a fact that speaks for it, not one that only names it', async () => {
    const result = await searcher.ask('taliban claims vs what the neighbours say about harbouring militants');
    expect(result.answers.map((a) => a.fact.id)).toEqual(['F48', 'F50']);
    // Without a fact in the party's own words, no comparison is offered.
    expect((await searcher.ask("taliban's claims vs the neighbours' view of its counterterrorism")).comparison).toBeUndefined();
  });

  it('answers a question about two things with one labelled fact for each', async () => {
    const result = await searcher.ask('Compare the length of the Tajik and the Chinese borders with Afghanistan');
    expect(result.comparison?.map((side) => side.label)).toEqual(['Tajikistan', 'China']);
    expect(result.answers.map((a) => a.fact.statement)).toEqual([expect.stringMatching(/1,357/), expect.stringMatching(/76 kilometers/)]);
    const reply = toAskReply('q', { result, furtherReading: [], literature: false }, 'public');
    expect(reply.blocks.filter((b) => b.kind === 'text').map((b) => (b as { text: string }).text)).toEqual(['For Tajikistan:', 'For China:']);
  });

  it('takes an entity said on both sides under two of its names (“Tajik-Afghan”, “Afghanistan”) as what the sides share', async () => {
    const result = await searcher.ask("which is longer, the tajik-afghan border or china's border with afghanistan?");
    expect(result.comparison?.map((side) => side.label)).toEqual(['Tajikistan', 'China']);
  });

  it('reads a comparative between two possessives as a comparison, one figure per side', async () => {
    const result = await searcher.ask("Which frontier with Afghanistan is shorter, China's or Tajikistan's?");
    expect(result.comparison?.map((side) => side.label)).toEqual(['China', 'Tajikistan']);
    expect(result.answers.map((a) => a.fact.statement)).toEqual([expect.stringMatching(/76 kilometers/), expect.stringMatching(/1,357/)]);
  });

  it('needs no side to repeat the comparing words ("agree"), and reads "won’t" as will not', async () => {
    expect((await searcher.parse('Won’t Kiani and Nishat agree?')).terms).toEqual(['agree']);
  });

  it('takes a name said on both sides for what they share, and "lengths" for the figure asked', async () => {
    const result = await searcher.ask('compare the pak-afghan and tajik-afghan border lengths');
    expect(result.comparison?.map((side) => side.label)).toEqual(['Pakistan', 'Tajikistan']);
    expect(result.answers.map((a) => a.fact.statement)).toEqual([expect.stringMatching(/2,670/), expect.stringMatching(/1,357/)]);
  });

  it('weighs the names either side of "vs", and takes a side’s own claim on the shared topic though it names the other', async () => {
    const result = await searcher.ask('the taliban versus china on the threat from the TIP');
    expect(result.comparison?.map((side) => [side.label, side.answer.fact.id])).toEqual([
      ['Afghan Taliban', 'F49'],
      ['China', 'F46'],
    ]);
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
    expect(await answerIds('Has China become noticeably warier about Afghanistan?')).toEqual([]);
  });
});
