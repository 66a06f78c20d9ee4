import { describe, expect, it } from 'vitest';
import { expandAbbreviation } from '../../src/search/lexicon/abbreviations';
import { equivalentsOf, joinFactWords, toFactWords } from '../../src/search/lexicon/equivalents';
import { createSpellingCorrector, editDistance } from '../../src/search/lexicon/briefing-spelling';
import { domainEquivalents, groupsOf } from '../../src/search/lexicon/domain-groups';
import { englishStopWords, isEveryday } from '../../src/search/lexicon/everyday';
import { baseForms, findIndexLine, isMainlyNoun, isPersonNoun, phrasalVerb, relatedWords } from '../../src/search/lexicon/wordnet';

describe('the WordNet reader', () => {
  it('finds index lines by binary search, from the first lemma to the last', () => {
    expect(findIndexLine('verb', 'aah')).toMatch(/^aah v /);
    expect(findIndexLine('noun', 'zyrian')).toMatch(/^zyrian n /);
    expect(findIndexLine('noun', 'border')).toMatch(/^border n /);
    expect(findIndexLine('noun', 'qqqq')).toBeUndefined();
  });

  it('finds the base form of an irregular verb through WordNet’s exception list, and of a regular one by its rules', () => {
    expect(baseForms('flown', 'verb')).toEqual(['fly']);
    expect(baseForms('struck', 'verb')).toEqual(['strike']);
    expect(baseForms('closed', 'verb')).toContain('close');
    expect(baseForms('narnia', 'verb')).toEqual([]);
  });

  it('finds the describing word under a comparative or superlative in -ier or -iest', () => {
    expect(baseForms('deadliest', 'adj')).toEqual(['deadly']);
    expect(baseForms('bloodier', 'adj')).toEqual(['bloody']);
    expect(isMainlyNoun('deadliest')).toBe(false);
  });

  it('relates inflected words to synonyms and derived forms', () => {
    expect(relatedWords('hit')).toContain('strike');
    expect(relatedWords('killed')).toEqual(expect.arrayContaining(['kill', 'killing']));
    expect(relatedWords('denied')).toContain('deny');
    expect(relatedWords('deaths')).toContain('death');
  });

  it('relates a word to the forms derived from any of its senses, but to synonyms of its commonest only', () => {
    expect(relatedWords('conclusion')).toContain('conclude');
    expect(relatedWords('conclusion')).not.toContain('ending');
  });

  it('relates a describing word to the noun it pertains to', () => {
    expect(relatedWords('regional')).toContain('region');
  });

  it('relates a describing word to the adverb made from it, which WordNet links only the other way', () => {
    expect(relatedWords('previous')).toContain('previously');
    expect(relatedWords('heavy')).toContain('heavily');
    expect(relatedWords('strategic')).toContain('strategically');
    expect(relatedWords('old')).not.toContain('oldly');
  });

  it('relates a word to its antonyms, for questions asked the other way round', () => {
    expect(relatedWords('allowed')).toContain('prohibit');
  });

  it('knows person nouns, nouns from describing words, and phrasal verbs', () => {
    expect(isPersonNoun('gunmen')).toBe(true);
    expect(isPersonNoun('drone')).toBe(false);
    expect(isMainlyNoun('population')).toBe(true);
    expect(isMainlyNoun('tougher')).toBe(false);
    expect(isMainlyNoun('xyzzyq')).toBeUndefined();
    expect(phrasalVerb('reins', 'in')).toBe('rein in');
    expect(phrasalVerb('attacks', 'on')).toBeUndefined();
  });
});

describe('everyday English', () => {
  it('tells everyday words from rare content words', () => {
    expect(isEveryday('lost')).toBe(true);
    expect(isEveryday('people')).toBe(true);
    expect(isEveryday('madrassa')).toBe(false);
    expect(isEveryday('gdp')).toBe(false);
  });

  it('reads the stopwords-iso list', () => {
    expect(englishStopWords().has('the')).toBe(true);
    expect(englishStopWords().has('madrassa')).toBe(false);
  });
});

describe('briefing vocabulary groups', () => {
  it('keeps kinds of attack apart', () => {
    expect(domainEquivalents('airstrikes')).not.toContain('clash');
    expect(domainEquivalents('clash')).not.toContain('airstrike');
  });

  it('lets umbrella words reach every kind', () => {
    expect(domainEquivalents('attacks')).toEqual(expect.arrayContaining(['airstrike', 'clash', 'bombing', 'drone']));
    expect(domainEquivalents('violence')).toContain('firefight');
    // Violence is counted in its dead and wounded; an attack is not a death toll.
    expect(domainEquivalents('violence')).toEqual(expect.arrayContaining(['fatalities', 'wounded']));
    expect(domainEquivalents('attack')).not.toContain('fatalities');
  });

  it('joins the briefing’s words for safety, money, restraint, a hardening stance, blame, the takeover and officials, and nothing across them', () => {
    expect(domainEquivalents('safe')).toContain('insecure');
    expect(domainEquivalents('cash')).toContain('money');
    expect(domainEquivalents('rein in')).toEqual(expect.arrayContaining(['restrain', 'curb']));
    expect(domainEquivalents('tougher')).toContain('hardened');
    expect(domainEquivalents('pinned')).toContain('traced');
    expect(domainEquivalents('tougher')).not.toContain('restrain');
    expect(domainEquivalents('safe')).not.toContain('haven');
    expect(domainEquivalents('retook')).toContain('returned to power');
    expect(domainEquivalents('officials')).toContain('policymakers');
  });

  it('reads how a government talks as its public statements, but one statement as no way of talking', () => {
    expect(domainEquivalents('talks')).toEqual(expect.arrayContaining(['public statements', 'rhetoric']));
    expect(domainEquivalents('statement')).not.toContain('talk');
  });

  it('reads an ethics issue as a moral problem, and treating something as a thing as viewing it so, by phrase only', () => {
    expect(domainEquivalents('ethics issue')).toEqual(expect.arrayContaining(['moral problem', 'problem of values']));
    expect(domainEquivalents('treat as')).toContain('view');
    // Alone, "issue" is no moral matter (and shares its stem with "issued").
    expect(domainEquivalents('issue')).not.toContain('moral problem');
    expect(domainEquivalents('treatment')).not.toContain('view');
  });

  it('reads taking the worst or the heaviest hit of something as bearing its brunt, and a hit alone as an attack', () => {
    expect(domainEquivalents('worst of')).toContain('borne the brunt');
    expect(domainEquivalents('heaviest hit')).toContain('borne the brunt');
    expect(domainEquivalents('hit')).not.toContain('borne the brunt');
  });

  it('reads a bottom line or a takeaway as a conclusion', () => {
    expect(domainEquivalents('bottom line')).toEqual(expect.arrayContaining(['conclude', 'conclusion']));
  });

  it('reads a country’s neighbourhood as its region', () => {
    expect(domainEquivalents('neighbourhood')).toEqual(expect.arrayContaining(['region', 'regional']));
    expect(domainEquivalents('neighbourhood')).not.toContain('neighbour');
  });

  it('reads a claim as an allegation, and a denial as none', () => {
    expect(domainEquivalents('claiming')).toEqual(expect.arrayContaining(['allege', 'insist']));
    expect(domainEquivalents('claim')).not.toContain('deny');
  });

  it('reads a lack as an absence', () => {
    expect(domainEquivalents('lack')).toContain('absence');
  });

  it('reads an enrolment as the number of students', () => {
    expect(domainEquivalents('enrolment')).toEqual(expect.arrayContaining(['students', 'pupils']));
  });

  it('reads a tone or a position as a stance, a shootout as a clash and a staging ground as a base', () => {
    expect(domainEquivalents('tone')).toEqual(expect.arrayContaining(['stance', 'position']));
    expect(domainEquivalents('shootout')).toEqual(expect.arrayContaining(['firefight', 'clash']));
    expect(domainEquivalents('shootout')).not.toContain('shooting');
    expect(domainEquivalents('staging ground')).toEqual(expect.arrayContaining(['rear base', 'sanctuary']));
    expect(domainEquivalents('shielding')).toEqual(expect.arrayContaining(['protect', 'harbour']));
    expect(domainEquivalents('doubled')).toContain('increase');
    expect(groupsOf('religious seminaries').map((g) => g.name)).toEqual(['madrassa']);
  });

  it('reads an outfit, a network or a faction as an armed group, and no other kind of thing', () => {
    expect(domainEquivalents('outfits')).toEqual(expect.arrayContaining(['group', 'network', 'faction']));
    expect(domainEquivalents('outfits')).not.toContain('militant');
    expect(equivalentsOf('groups').near).not.toContain('radical');
    // Whoever heads up an outfit leads it: the phrasal verb is one of the leadership words.
    expect(domainEquivalents('head up')).toEqual(expect.arrayContaining(['founder', 'chair']));
  });

  // One row per group added for a recurring paraphrase: a word, what it must stand for, and a word of
  // another kind it must not.
  it.each([
    ['contained', ['confine'], 'militant'],
    ['purpose', ['sets out', 'aim'], 'in tandem'],
    ['coincide', ['in tandem'], 'aim'],
    ['firm', ['company', 'corporation'], 'engage'],
    ['dealing with', ['engage'], 'company'],
    ['perception', ['view', 'regard'], 'stance'],
    ['blown up', ['bombing', 'blast'], 'clash'],
    ['pullout', ['withdrawal', 'drawdown'], 'rise'],
    ['uptick', ['rise', 'increase'], 'withdrawal'],
    ['danger', ['threat', 'risk'], 'worry'],
    // A threat is also a concern; a risk is not a worry.
    ['threat', ['danger', 'concern'], 'stance'],
    ['risk', ['threat', 'danger'], 'worry'],
    // Delivering on a promise is no payment.
    ['handing', ['provide', 'give', 'send'], 'deliver'],
    ['suffered', ['borne the brunt', 'hardest hit'], 'killed'],
    ['coverage', ['attention', 'headlines'], 'concern'],
    ['looks away', ['ignore', 'neglect'], 'tolerate'],
    // What strikes from the air stands for the strike; a drone is a kind of its own.
    ['jets', ['airstrike', 'air strike'], 'drone'],
    ['set up', ['founder', 'founded'], 'company'],
    ['commanders', ['leader', 'head'], 'militant'],
    ['next door', ['neighbour', 'neighbouring'], 'border'],
    // Those an attack struck are its dead.
    ['victims', ['killed', 'lives'], 'attack'],
  ] as const)('reads “%s” as standing for %j, and not for “%s”', (word, stands, not) => {
    expect(domainEquivalents(word)).toEqual(expect.arrayContaining([...stands]));
    expect(domainEquivalents(word)).not.toContain(not);
  });

  it('takes a border crossing for the border', () => {
    expect(domainEquivalents('crossings')).toEqual(expect.arrayContaining(['border', 'frontier']));
  });

  it('bridges the names statements no longer spell out in brackets', () => {
    expect(domainEquivalents('twitter')).toContain('x');
    expect(domainEquivalents('phd')).toContain('doctoral');
  });

  it('stand for a briefing word instead of WordNet’s other senses of it', () => {
    expect(relatedWords('x')).toContain('ten');
    expect(equivalentsOf('x').near).toEqual([]);
    expect(equivalentsOf('x').same).toContain('twitter');
    expect(equivalentsOf('seminary').near).toEqual([]);
  });

  it('finds a group by any inflection, and by phrase', () => {
    expect(groupsOf('fatalities').map((g) => g.name)).toContain('casualties');
    expect(domainEquivalents('died')).toEqual(expect.arrayContaining(['killed', 'death', 'fatalities']));
    expect(groupsOf('religious schools').map((g) => g.name)).toEqual(['madrassa']);
  });
});

describe('correcting misspelt words', () => {
  const unknown = () => false;
  const correctBriefingWord = (word: string, knownWord: (word: string) => boolean, extra: readonly string[]) => createSpellingCorrector(knownWord, extra)(word);

  it('corrects a word English never uses to the nearest briefing word', () => {
    expect(correctBriefingWord('lenght', unknown, ['length'])).toBe('length');
    expect(correctBriefingWord('fatalaties', unknown, [])).toBe('fatalities');
  });

  it('corrects any other misspelling to the commonest close English word the base holds, and to nothing else', () => {
    const held = new Set(['attempts', 'attempt', 'attend']);
    expect(correctBriefingWord('attemps', (word) => held.has(word), [])).toBe('attempt');
    expect(correctBriefingWord('attemps', unknown, [])).toBe('attemps');
  });

  it('prefers an English word the base holds one edit away to a briefing word two away', () => {
    expect(correctBriefingWord('resturant', (word) => word === 'restaurant', [])).toBe('restaurant');
  });

  it('looks among all English words for the first few such words of a question only', () => {
    const correct = createSpellingCorrector((word) => word === 'attempt', []);
    const tried = Array.from({ length: 12 }, () => correct('attemps'));
    expect(tried.slice(0, 8)).toEqual(Array(8).fill('attempt'));
    expect(tried.slice(8)).toEqual(Array(4).fill('attemps'));
    // A word the parse drops anyway may be the correction although no fact holds it.
    expect(createSpellingCorrector(unknown, [], new Set(['happened']))('happend')).toBe('happened');
    // The briefing vocabulary is still searched once the budget is spent.
    expect(correct('fatalaties')).toBe('fatalities');
  });

  it('leaves real words alone', () => {
    expect(correctBriefingWord('border', unknown, [])).toBe('border');
    expect(correctBriefingWord('bother', unknown, [])).toBe('bother');
  });

  it('measures adjacent swaps as one edit', () => {
    expect(editDistance('lenght', 'length', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('abbreviations', () => {
  const unknown = (): boolean => false;

  it('expands the clipped forms analysts type to the words the lexicon holds', () => {
    expect(expandAbbreviation('govts', unknown)).toEqual(['governments']);
    expect(expandAbbreviation('secdef', unknown)).toEqual(['secretary', 'of', 'defense']);
    expect(expandAbbreviation('kia', unknown)).toEqual(['killed']);
    // A UAV needs no expansion: the drone group holds the abbreviation itself.
    expect(expandAbbreviation('uav', unknown)).toEqual(['uav']);
    expect(domainEquivalents('uav')).toContain('drone');
    expect(expandAbbreviation('ieds', unknown)).toEqual(['improvised', 'explosive', 'devices']);
    expect(expandAbbreviation('ppl', unknown)).toEqual(['people']);
    // Chat shorthand for function words leaves nothing a fact must hold.
    expect(expandAbbreviation('tho', unknown)).toEqual(['though']);
  });

  it('leaves a word the base holds, and any other word, as it is', () => {
    expect(expandAbbreviation('ops', (word) => word === 'ops')).toEqual(['ops']);
    expect(expandAbbreviation('border', unknown)).toEqual(['border']);
  });
});

describe('a fact’s words', () => {
  it('joined from its statement and quote, are those of the two texts joined by a space', () => {
    const statement = 'The Kabul bombing claimed seven lives.';
    const quote = '“The January 19 Kabul bombing”';
    const joined = joinFactWords(toFactWords(statement), toFactWords(quote));
    const whole = toFactWords(`${statement} ${quote}`);
    expect(joined.key).toBe(whole.key);
    expect([...joined.stems].sort()).toEqual([...whole.stems].sort());
  });
});
