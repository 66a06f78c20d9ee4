import { type AnswerKind, KIND_WORDS, PLACE_NOUNS, askedNeighbourWords, askedOneOf, askedReasonWords, detectAnswerKind } from './answer-kind';
import { governmentsForCapitals } from './capitals';
import type { EntityMention, EntityResolver } from './entity-resolver';
import { groupsOf, isDomainPhrase } from './lexicon/domain-groups';
import { equivalentsOf } from './lexicon/equivalents';
import { asksAboutFuture } from './future';
import { PARTICLES } from './lexicon/particles';
import { baseForms, isMainlyNoun, phrasalVerb } from './lexicon/wordnet';
import { englishStopWords, isEveryday } from './lexicon/everyday';
import { expandAbbreviation } from './lexicon/abbreviations';
import { createSpellingCorrector } from './lexicon/briefing-spelling';
import { FIGURE_WORDS, type Metric, RELATIVE_TO, TIME_BETWEEN, countedNoun, countedPredicate, detectMetrics } from './metrics';
import { type AskedPeriod, RECENCY_WORDS, extractPeriod } from './period';
import { askedSpeaker, framesReply } from './speaker';
import { STOP_WORDS } from './stop-words';
import { toKey, toWords } from './tokens';

/** A briefing question, understood: what it names, when, which figure, and its other key words. */
export interface Query {
  text: string;
  entities: EntityMention[];
  period: AskedPeriod | null;
  /** "today", "latest": prefer the most recent facts. */
  wantsLatest: boolean;
  metrics: Metric[];
  /** Content words the answer should speak of (stop, period, entity and figure-only words removed). */
  terms: string[];
  /** The rare content words among `terms`: an answer must contain them or an equivalent. */
  required: string[];
  /** Terms no fact in the base contains: the question is about something the base does not hold. */
  unknownTerms: string[];
  /** "Who is …", "What is …": a statement defining the entity answers best. */
  definitional: boolean;
  /** "What does TTP stand for": a statement giving the name's full form answers best. */
  asksNameMeaning: boolean;
  /** "Who reported the three deaths": who a claim is attributed to answers, not who acted in it. */
  asksReporter: boolean;
  /** "How long after …", "when … relative to …": the time between two events is asked. */
  asksInterval: boolean;
  /** The noun "how many" counts, spelling corrected and shorthand spelt out ("how many ppl" → "people"). */
  countedNoun: string | undefined;
  /** "How many … will there be": only a fact stating an expectation answers (src/search/future.ts). */
  future: boolean;
  /** The kind of answer asked for: who, when, where, a figure, or any. */
  kind: AnswerKind;
}

/** Limits that keep a pasted essay as cheap to parse and search as a normal question. */
export const QUERY_LIMITS = { characters: 1000, terms: 24, entities: 8 } as const;
const MAX_WORDS = 200;

// "rein in", "go up": a phrasal verb means what neither word does, so it is searched as one term
// when the base holds one of its equivalents; otherwise its words are kept as they were. A
// briefing phrase ("religious schools") is one term as well.
function joinPhrasalVerbs(words: readonly string[], knownWord: (word: string) => boolean): string[] {
  const joined: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const next = words[at + 1];
    if (next && isDomainPhrase(words[at]!, next)) {
      joined.push(`${words[at]} ${next}`);
      at++;
      continue;
    }
    const phrase = next && PARTICLES.has(next) && words[at]!.length > 1 ? phrasalVerb(words[at]!, next) : undefined;
    const eq = phrase ? equivalentsOf(phrase) : undefined;
    if (phrase && eq && [...eq.same, ...eq.near].some((word) => !word.includes(' ') && knownWord(word))) {
      joined.push(phrase);
      at++;
    } else joined.push(words[at]!);
  }
  return joined;
}

// "won't" is not the word "won", nor "can't" a "t": a contraction is its auxiliary and "not". Typed
// without the apostrophe ("cant", "dont", "doesnt"), as people type in chat, it would read as a
// word ("cant" is a noun), so the auxiliaries' own contractions are read without it too; "wont"
// and "shant" stay words.
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bcan['’]?t\b/gi, 'cannot'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n['’]?t\b/gi, '$1 not'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
  [/\b(\w+)['’](?:re|ve|ll|d)\b/gi, '$1'],
];

function expandContractions(text: string): string {
  return CONTRACTIONS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

// Cached per word: the stop list is finite, so the cache is bounded by it.
const stopListVerbs = new Map<string, boolean>();

/**
 * A verb of stopwords-iso's list ("trying", "seems", "become"): it says little, so it only helps
 * rank (an optional word), and never decides whether a fact answers.
 */
export function isStopListVerb(word: string): boolean {
  if (!englishStopWords().has(word)) return false;
  let verb = stopListVerbs.get(word);
  if (verb === undefined) {
    verb = word.length > 3 && baseForms(word, 'verb').length > 0 && isMainlyNoun(word) === false;
    stopListVerbs.set(word, verb);
  }
  return verb;
}

function isContentWord(word: string): boolean {
  if (word.includes(' ')) return true;
  // A letter names something only as a briefing word ("X", the platform).
  if ((word.length < 2 && groupsOf(word).length === 0) || /^\d+$/.test(word) || KIND_WORDS.has(word) || RECENCY_WORDS.has(word) || STOP_WORDS.has(word))
    return false;
  // stopwords-iso's English list holds nouns that name what is asked ("width", "population"):
  // only its function words carry no topic.
  return !englishStopWords().has(word) || groupsOf(word).length > 0 || isMainlyNoun(word) === true || isStopListVerb(word);
}

// "Who is the TTP", and the name first with a pronoun for it: "TIP — who are they?", "Nishat: who is he?".
const DEFINITIONAL =
  /^\s*(?:who|what)(?:\s+(?:is|was|are|were)|['’]s)\b|\b(?:who|what)\s+(?:is|was|are|were)\s+(?:they|it|he|she|this|that|these|those)\s*\??\s*$/i;

// "Who reported the deaths", "who put out the figure": the source of a claim is asked; the verb is no topic.
const REPORTER_ASKED = /\bwho\s+(?:first\s+)?(reported|reports|put\s+out|puts\s+out|gave|released|announced|stated|claimed|claims|confirmed)\b/i;

// "What does TTP stand for", "what does IEA mean": a name asked to be spelt out; the verb is no topic.
const NAME_MEANING = /^\s*what\s+(?:does|do)\s+(?:the\s+)?[\p{L}\p{N}'’. -]{1,40}?\s+(stand\s+for|mean)\s*\??\s*$/iu;

// "What's a madrassa, in plain terms": asking for an explanation in simple words, which is no topic.
const PLAIN_TERMS = /\bin\s+(?:plain|simple|simpler|layman['’]?s|everyday|short)\s+(terms|words|english)\b/i;

// "What kind of organisation is Mosaic Global Foundation", "TIP - what kind of group is it": what
// something named is, asked by its kind.
const KIND_OF_NAMED = /\bwhat\s+(kind|sort|type)\s+of\s+([\p{L}-]+)\s+(?:is|are|was|were)\s+(?:the\s+)?([\p{L}\p{N}'’ -]{1,60}?)\s*\??\s*$/iu;
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'this', 'that']);

/** The words of "what kind of group is it" that only ask what a named thing is, when it asks that. */
function kindOfNamedWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const asked = KIND_OF_NAMED.exec(text);
  if (!asked || mentions.length === 0) return new Set();
  const subject = toKey(asked[3]!);
  const named = PRONOUNS.has(subject) || mentions.some((mention) => toKey(mention.said) === subject);
  return new Set(named ? [asked[1]!.toLowerCase(), asked[2]!.toLowerCase()] : []);
}

/** The words of "what does TTP stand for" that only ask what a name means, when the name is all it asks of. */
function nameMeaningWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const asked = mentions.length === 1 ? NAME_MEANING.exec(text) : null;
  return new Set(asked ? toWords(asked[1]!) : []);
}

// "Sajid Kiani affiliation", "Nishat bio": a word asking what someone is, as "who is" does; said
// beside a name it is no topic (no statement calls itself an affiliation).
const PROFILE_WORDS: ReadonlySet<string> = new Set([
  'affiliation',
  'affiliations',
  'bio',
  'biography',
  'background',
  'credentials',
  'profile',
  'job',
  'employer',
  'role',
  'career',
]);

// "Nishat's previous job", "his old role": when in a career the profile is asked of.
const CAREER_TIME: ReadonlySet<string> = new Set(['previous', 'former', 'old', 'earlier', 'past', 'current', 'present', 'first', 'last']);

// "What did Nishat do before he set up his charity", "who did Nishat work for before …": the
// career before a step in it, which a statement gives as what the person "previously" was.
const EARLIER_CAREER = /\b(?:what\s+did\s+([\p{L}\s’'-]{1,40}?)\s+do|(?:who|where)\s+did\s+([\p{L}\s’'-]{1,40}?)\s+work(?:\s+for|\s+at)?)\s+before\b(.*)$/iu;

/** For "what did Nishat do before …" of someone named: the words only asking, and the word a statement says it by. */
function earlierCareer(text: string, mentions: readonly EntityMention[]): { asking: ReadonlySet<string>; said: string } | undefined {
  const asked = EARLIER_CAREER.exec(text);
  const subject = asked ? toKey(asked[1] ?? asked[2] ?? '') : '';
  if (!asked || !mentions.some((mention) => toKey(mention.said) === subject)) return undefined;
  return { asking: new Set(['do', 'work', ...toWords(asked[3]!)]), said: 'previously' };
}

// "Robert Gates - what post did he hold?": asked of someone named, what office they held.
const OFFICE_HELD = /\bwhat\s+(post|job|role|position|title|office)s?\s+(?:did|does|do|has|had|have)\s+(?:he|she|they|[\p{L}-]+)\s+(hold|have|had|held)\b/iu;

/**
 * The words asking for a profile, when a profile word stands at a name: "Kiani credentials",
 * "background of Nishat", "Nishat's previous job", "TIP - quick background". When in a career
 * ("previous") narrows what answers; any other describing word ("quick") only asks, like the
 * profile word. Empty when no profile is asked.
 */
function profileWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const words = toWords(text);
  const named = new Set(mentions.flatMap((mention) => toWords(mention.said)));
  const asking = new Set<string>();
  words.forEach((word, at) => {
    if (!PROFILE_WORDS.has(word)) return;
    const describing = words[at - 1] ?? '';
    const described = CAREER_TIME.has(describing) || isMainlyNoun(describing) === false;
    const from = described ? at - 1 : at;
    const before = words[from - 1] === 's' ? words[from - 2] : words[from - 1];
    const after = words[at + 1] === 'of' ? words[at + 2] : words[at + 1];
    if ((before === undefined || !named.has(before)) && (after === undefined || !named.has(after))) return;
    asking.add(word);
    if (described && !CAREER_TIME.has(describing)) asking.add(describing);
  });
  return asking;
}

// "Afghanistan-based terrorism", "militancy coming out of Afghanistan": words that only say a thing
// comes from the place named; the name carries that, and statements say it otherwise ("linked to
// Afghanistan's territory").
const ORIGIN_VERBS = ['coming', 'come', 'comes', 'came', 'emanating', 'originating', 'stemming'];
const ORIGIN_WORDS: ReadonlySet<string> = new Set(['based', 'come out', ...ORIGIN_VERBS]);
const BASED = '\\s*[-‐–]\\s*based\\b';
const COMING_FROM = `\\b(?:${ORIGIN_VERBS.join('|')})\\s+(?:out\\s+of|from)\\b`;
const ORIGIN_CUE = new RegExp(`${BASED}|${COMING_FROM}`, 'i');

/** Whether the question ties something to a named place by origin ("X-based", "coming out of X"). */
function tiesToOrigin(text: string, mentions: readonly EntityMention[]): boolean {
  // One test of the whole question first: a pasted list of names costs no regular expression per name.
  if (!ORIGIN_CUE.test(text)) return false;
  return mentions.slice(0, QUERY_LIMITS.entities).some((mention) => {
    const name = mention.said.split(' ').join('[^\\p{L}\\p{N}]+');
    return new RegExp(`${name}${BASED}|${COMING_FROM}\\s+(?:the\\s+)?${name}`, 'iu').test(text);
  });
}

// "How many madrassas are in Afghanistan", "how many fighters does the TIP have": a figure asked in
// the present tense, with no period, is today's figure, as with "now".
const COUNTS_PRESENT = /\bhow\s+(?:many|much)\b(?:\s+[\p{L}’'-]+){0,6}?\s+(?:are|is|does|do)\b/iu;

// "Madrassas during the republic compared with now": a period set against today is one side of a
// comparison across time, not a limit every answer must keep to.
const ACROSS_TIME = /\b(?:compared?|comparing|versus|vs\.?|than)\b/i;

// "Madrassas by 2030", "until 2027": the state of things at a time still to come.
const reachesAhead = (period: AskedPeriod | null, today: Date): boolean =>
  period !== null && period.from === null && period.to !== null && /^(?:by|until|till)\b/i.test(period.label) && period.to > today.toISOString().slice(0, 10);

/** Parses a question against the entity vocabulary; `today` resolves "last year" and the like. */
export function parseQuestion(question: string, resolver: EntityResolver, knownWord: (word: string) => boolean, today: Date): Query {
  const text = question.slice(0, QUERY_LIMITS.characters);
  // Capitals are read in the question as typed: taking out "the January" first would leave "think
  // Kabul bombing", where Kabul reads as the government acting.
  const { period: asked, rest: undated } = extractPeriod(governmentsForCapitals(text, knownWord), today);
  const correct = createSpellingCorrector(knownWord, FIGURE_WORDS, STOP_WORDS);
  // Shorthand is spelt out before names are read: "western govts" is the West's governments, an alias.
  const spelledOut = expandContractions(undated).replace(/[\p{L}]+/gu, (word) => {
    const full = expandAbbreviation(word.toLowerCase(), knownWord);
    return full.length === 1 && full[0] === word.toLowerCase() ? word : full.join(' ');
  });
  const { mentions, rest } = resolver.resolve(spelledOut, knownWord);
  const words = joinPhrasalVerbs(rest.slice(0, MAX_WORDS).map(correct), knownWord);
  const { metrics, metricOnlyWords } = detectMetrics(text, toWords(text).map(correct));
  const wantsLatest = words.some((word) => RECENCY_WORDS.has(word)) || (asked === null && COUNTS_PRESENT.test(text));
  const period = wantsLatest && ACROSS_TIME.test(text) ? null : asked;
  const office = mentions.length > 0 ? OFFICE_HELD.exec(text) : null;
  const askingProfile = profileWords(text, mentions);
  const earlier = earlierCareer(text, mentions);
  const profile = office !== null || askingProfile.size > 0 || earlier !== undefined;
  const replyAsked = askedSpeaker(text, mentions) !== undefined;
  const origin = tiesToOrigin(text, mentions);
  const askedPlace = askedNeighbourWords(text);
  const askedReason = askedReasonWords(text);
  const officeWords = new Set(office ? [office[1]!.toLowerCase(), office[2]!.toLowerCase()] : []);
  const meaningWords = nameMeaningWords(text, mentions);
  const kindOfWords = kindOfNamedWords(text, mentions);
  const plainTerms = PLAIN_TERMS.exec(text);
  const plainWords = new Set(plainTerms ? toWords(plainTerms[0]) : []);
  const reporter = REPORTER_ASKED.exec(text);
  const kind = detectAnswerKind(text);
  const relativeDate = kind === 'when' && RELATIVE_TO.test(text);
  const reporterWords = new Set(reporter ? [...toWords(reporter[1]!), toWords(reporter[1]!).join(' ')] : []);
  const framing = (word: string): boolean =>
    askingProfile.has(word) ||
    officeWords.has(word) ||
    meaningWords.has(word) ||
    kindOfWords.has(word) ||
    (earlier !== undefined && word.split(' ').every((part) => earlier.asking.has(part))) ||
    plainWords.has(word) ||
    reporterWords.has(word) ||
    (relativeDate && word === 'relative') ||
    (replyAsked && framesReply(word)) ||
    (origin && ORIGIN_WORDS.has(word)) ||
    askedPlace.has(word) ||
    askedReason.has(word) ||
    (kind === 'where' && PLACE_NOUNS.has(word));
  const content = words.filter((word) => isContentWord(word) && !metricOnlyWords.has(word) && !framing(word));
  const terms = [...new Set(earlier ? [earlier.said, ...content] : content)].slice(0, QUERY_LIMITS.terms);
  // What "how many" counts the thing as ("were injured") must be said of it, however common the word.
  const predicate = countedPredicate(text, toWords(text));
  const oneOf = askedOneOf(text);
  const required = terms.filter((term) => term === predicate || term === oneOf || (!isEveryday(term) && !isStopListVerb(term)));
  const unknownTerms = terms.filter((term) => !knownWord(term) && !isStopListVerb(term));
  const definitional = profile || meaningWords.size > 0 || kindOfWords.size > 0 || DEFINITIONAL.test(text);
  return {
    text,
    entities: mentions.slice(0, QUERY_LIMITS.entities),
    period,
    wantsLatest,
    metrics,
    terms,
    required,
    unknownTerms,
    definitional,
    asksNameMeaning: meaningWords.size > 0,
    asksReporter: reporter !== null,
    asksInterval: relativeDate || TIME_BETWEEN.test(text),
    countedNoun: countedNoun(
      text,
      toWords(text)
        .flatMap((word) => expandAbbreviation(word, knownWord))
        .map(correct),
    ),
    future: asksAboutFuture(text) || reachesAhead(period, today),
    kind,
  };
}

/** True when the question names nothing the search could look for. */
export function isEmptyQuery(query: Query): boolean {
  return query.entities.length === 0 && query.terms.length === 0 && query.metrics.length === 0;
}
