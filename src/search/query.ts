import { type AnswerKind, KIND_WORDS, PLACE_NOUNS, askedNeighbourWords, askedOneOf, askedReasonWords, detectAnswerKind } from './answer-kind';
import { readAskedFraming } from './asked-framing';
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
import { toWords } from './tokens';

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
  /** Terms that count with the required ones where a fact holds them, and are no loss where it does not ("Afghan territory"). */
  incidental: string[];
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

// "Someone in general chat said …", "I heard …", "is it true that …": hearsay before the claim
// asked about, whose words name no topic.
const HEARSAY =
  /^\s*(?:(?:someone|somebody|a\s+friend|my\s+friend|a\s+guy|people|folks|a\s+user)(?:\s+(?:in|on)\s+[\p{L}\s#-]{1,30}?)?\s+(?:said|says|told\s+me|claimed|claims|posted|mentioned)|i\s+(?:heard|read|saw)|heard|is\s+it\s+true)\s+(?:that\s+)?/iu;

/** Parses a question against the entity vocabulary; `today` resolves "last year" and the like. */
export function parseQuestion(question: string, resolver: EntityResolver, knownWord: (word: string) => boolean, today: Date): Query {
  const text = question.slice(0, QUERY_LIMITS.characters).replace(HEARSAY, '');
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
  const asking = readAskedFraming(text, mentions);
  const replyAsked = askedSpeaker(text, mentions) !== undefined;
  const origin = tiesToOrigin(text, mentions);
  const askedPlace = askedNeighbourWords(text);
  const askedReason = askedReasonWords(text);
  const kind = detectAnswerKind(text);
  const relativeDate = kind === 'when' && RELATIVE_TO.test(text);
  const framing = (word: string): boolean =>
    asking.frames(word) ||
    (relativeDate && word === 'relative') ||
    (replyAsked && framesReply(word)) ||
    (origin && ORIGIN_WORDS.has(word)) ||
    askedPlace.has(word) ||
    askedReason.has(word) ||
    (kind === 'where' && PLACE_NOUNS.has(word));
  const content = words.filter((word) => isContentWord(word) && !metricOnlyWords.has(word) && !framing(word));
  const terms = [...new Set([...asking.implied, ...content])].slice(0, QUERY_LIMITS.terms);
  // What "how many" counts the thing as ("were injured") must be said of it, however common the word.
  const predicate = countedPredicate(text, toWords(text));
  const oneOf = askedOneOf(text);
  const required = terms.filter((term) => term === predicate || term === oneOf || (!isEveryday(term) && !isStopListVerb(term) && !asking.incidental.has(term)));
  const unknownTerms = terms.filter((term) => !knownWord(term) && !isStopListVerb(term));
  return {
    text,
    entities: mentions.slice(0, QUERY_LIMITS.entities),
    period,
    wantsLatest,
    metrics,
    terms,
    required,
    incidental: terms.filter((term) => asking.incidental.has(term)),
    unknownTerms,
    definitional: asking.definitional,
    asksNameMeaning: asking.asksNameMeaning,
    asksReporter: asking.asksReporter,
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
