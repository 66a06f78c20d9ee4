import type { FactView } from '../reply';
import { MONTH_NAMES, answeringPlaceKinds, askedOneOf, asksExactDay, givesKind, givesName, isPlaceKind, statesDay } from './answer-kind';
import { statesExpectation } from './future';
import { isInGroup } from './lexicon/domain-groups';
import { type Equivalents, type FactWords, creditIn, joinFactWords, toFactWords } from './lexicon/equivalents';
import { baseForms, isMainlyNoun, isPersonNoun } from './lexicon/wordnet';
import { type Metric, STATED_INTERVAL, countsOf, statesFigure } from './metrics';
import { coverageOf, factSpan, fitPeriod } from './period-fit';
import { sameEventWords } from './same-event';
import { askedSpeaker, quotesOther, speaksIn } from './speaker';
import type { Query } from './query';
import { toKey, toStem, toWords } from './tokens';

/** A candidate fact with how well it covers the question. */
export interface JudgedFact {
  fact: FactView;
  score: number;
  /** True when the fact covers everything the question asks: entities, period, kind and key words. */
  answers: boolean;
}

/** Each entity's names and aliases as search keys, by entity name. */
export type EntityNames = ReadonlyMap<string, readonly string[]>;

/** What the judge knows beyond the query: entity names and kinds, the words' equivalents, today. */
export interface JudgeContext {
  entityNames: EntityNames;
  entityKinds: ReadonlyMap<string, string>;
  required: readonly Equivalents[];
  optional: readonly Equivalents[];
  /** Optional words that count with the required ones in a fact that holds them ("territory"). */
  incidental: readonly Equivalents[];
  /** Required words that say what the question is about; an answer must account for every one. */
  decisive: ReadonlySet<string>;
  /** Stems of the noun "how many" counts and its equivalents, when one was asked. */
  counted: ReadonlySet<string> | null;
  today: Date;
  /** The thing whose name is asked, and every word of an entity name or demonym. */
  named?: { noun: string; entityWords: ReadonlySet<string> };
  /** One side of a comparison: the question's other words may belong to the other side. */
  side?: boolean;
}

/**
 * Share of the question's rare words (by credit) an answer must carry; for one side of a
 * comparison, or for the reply of a party whose reply is asked (its own words on the matter), some.
 */
const REQUIRED_SHARE = 0.5;
const SIDE_SHARE = 0.25;
// Half the weight of the statement and quote together: what the source itself says is the claim, and a
// statement's other words may be context added around it ("three were killed in the drone attack
// on the camp" quotes only the deaths).
const QUOTE_WEIGHT = 2.5;
const NAMED_WEIGHT = 0.5;
const SAME_EVENT_CREDIT = 0.5;
const AGGREGATE = /\b(?:total|overall|combined|altogether|entire|in all)\b/i;

// "The total length of Afghanistan's borders" is not the length of one of them: asked for a whole,
// a fact answers when it says it gives one, or when it names no place the question leaves out
// ("the number of madrassas in Afghanistan" is the country's; "Tajikistan's border with
// Afghanistan" and "recorded in Khyber Pakhtunkhwa" are parts).
function givesAskedWhole(fact: FactView, text: string, asked: ReadonlySet<string>, kindOf: (entity: string) => string | undefined): boolean {
  return AGGREGATE.test(text) || !fact.entities.some((entity) => !asked.has(entity) && isPlaceKind(kindOf(entity)));
}

// A fact of an author's paper speaks for the author, unless it gives another speaker's words ("China
// argues …") or the question asks about the author as a person ("Nishat's previous job").
function namesEntity(fact: FactView, entity: string, names: readonly string[], factKey: string, aboutPerson: boolean): boolean {
  const authors = fact.source.author === entity && !aboutPerson && !quotesOther(fact.statement, names);
  return fact.entities.includes(entity) || authors || names.some((name) => factKey.includes(` ${name} `));
}

function metricScore(text: string, metrics: readonly Metric[]): number {
  return metrics.reduce((sum, metric) => sum + (statesFigure(text, metric) ? (metric === 'count' ? 0.75 : 1.5) : 0), 0);
}

// The later a dated fact ends (or, if ongoing, starts), the more it says about "today".
function recency(fact: FactView): number {
  const date = fact.period.end ?? fact.period.start;
  return date ? Number(date.slice(0, 4)) + Number(date.slice(5, 7) || 6) / 12 : 0;
}

function firstMention(statementKey: string, names: readonly string[]): number {
  const positions = names.map((name) => statementKey.indexOf(` ${name} `)).filter((at) => at >= 0);
  return positions.length ? Math.min(...positions) : Infinity;
}

// A fact whose statement names an asked entity before any other is about it, not merely near it.
function isAboutAsked(fact: FactView, query: Query, entityNames: EntityNames): boolean {
  if (query.entities.length === 0) return false;
  const statementKey = ` ${toKey(fact.statement)} `;
  const asked = new Set(query.entities.map((m) => m.entity));
  const askedAt = Math.min(...[...asked].map((entity) => firstMention(statementKey, entityNames.get(entity) ?? [])));
  const otherAt = Math.min(...fact.entities.filter((entity) => !asked.has(entity)).map((entity) => firstMention(statementKey, entityNames.get(entity) ?? [])));
  return askedAt < otherAt;
}

const APPOSITION_ARTICLES = ['the', 'a', 'an'];

// "Zalmai Nishat is the founder …", "The Turkistan Islamic Party is a …": the statement opens with
// the asked entity (an article before a name is no other subject) and says what it is.
function definesAsked(fact: FactView, query: Query, entityNames: EntityNames): boolean {
  const opening = toKey(fact.statement).replace(/^the /, '');
  const lower = fact.statement.toLowerCase();
  return query.entities.some((mention) =>
    (entityNames.get(mention.entity) ?? []).some(
      (name) =>
        opening.startsWith(`${name} is `) ||
        opening.startsWith(`${name} was `) ||
        // "Khyber Pakhtunkhwa, the Pakistani province where …": a description set beside the name.
        APPOSITION_ARTICLES.some((article) => lower.includes(`${name}, ${article} `)),
    ),
  );
}

// "Former US Secretary of Defense Robert Gates": a title someone no longer holds.
const FORMER_TITLE = /\b(?:former|ex-|one-time|then-)\s*((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/giu;

/** Asked who holds an office now, a fact giving only a former holder of it does not answer. */
function namesOnlyFormerHolder(statement: string, query: Query, required: readonly Equivalents[]): boolean {
  if (!query.wantsLatest || (query.kind !== 'who' && query.kind !== 'name') || required.length === 0) return false;
  const titles = [...statement.matchAll(FORMER_TITLE)].map((match) => toFactWords(match[1]!));
  return titles.some((title) => required.every((eq) => creditIn(eq, title) > 0));
}

// "What does TTP stand for": "the Pakistani Taliban (Tehreek-e-Taliban Pakistan or TTP)" gives the
// name as asked and a longer one of the same entity.
function spellsOutAsked(words: FactWords, query: Query, entityNames: EntityNames): boolean {
  return query.entities.some((mention) => {
    const said = toKey(mention.said);
    const names = entityNames.get(mention.entity) ?? [];
    return words.key.includes(` ${said} `) && names.some((name) => name.length > said.length && words.key.includes(` ${name} `));
  });
}

// "Former US Secretary of Defense Robert Gates", "Nishat is …": a title or a definition at the name.
function describesAsked(fact: FactView, query: Query, entityNames: EntityNames): boolean {
  if (definesAsked(fact, query, entityNames)) return true;
  const words = toKey(fact.statement).split(' ');
  return query.entities.some((mention) =>
    (entityNames.get(mention.entity) ?? []).some((name) => {
      const first = name.split(' ')[0]!;
      return words.some(
        (word, at) =>
          word === first &&
          ` ${words.slice(at, at + name.split(' ').length).join(' ')} ` === ` ${name} ` &&
          words.slice(Math.max(0, at - 4), at).some(isPersonNoun),
      );
    }),
  );
}

const share = (credits: readonly number[]): number => (credits.length ? credits.reduce((a, b) => a + b, 0) / credits.length : 1);

// Who and where are answered by what the fact names beyond the question: an agent, a place.
function givesAskedKind(fact: FactView, query: Query, context: JudgeContext, personAsked: boolean): boolean {
  if (query.kind === 'name') return context.named !== undefined && givesName(fact.statement, context.named.noun, context.named.entityWords);
  // Asked the exact day, in a question or a fragment ("exact day in October when …"), a month is not it.
  if (asksExactDay(query.text) && !statesDay(fact.statement)) return false;
  if (query.kind !== 'who' && query.kind !== 'where') return givesKind(query.kind, { fact, otherEntityKinds: [], personNouns: [] }, query.metrics);
  // "Who is Robert Gates?" asks what the person is, not who acted.
  if (query.kind === 'who' && query.definitional && query.entities.length > 0 && describesAsked(fact, query, context.entityNames)) return true;
  // Asked who reported it, the attribution answers ("According to the Tajik government, …"); who
  // put a statement out may also be who acted ("China issued a joint statement").
  if (query.kind === 'who' && query.asksReporter && (ATTRIBUTION.test(fact.statement) || REPORTED_BY.test(fact.statement))) return true;
  const asked = new Set(query.entities.map((m) => m.entity));
  // Who reports a claim ("According to Nishat, …") is not who acted in it.
  const claim = fact.statement.replace(ATTRIBUTION, '');
  const claimKey = ` ${toKey(claim)} `;
  const claimWords = toKey(claim).split(' ');
  const partner = STRANDED.exec(query.text)?.[1]?.toLowerCase();
  const clauses = claim.split(/[,;:()]/).map((clause) => toKey(clause).split(' '));
  const otherEntityKinds = fact.entities
    .filter((entity) => !asked.has(entity) && (context.entityNames.get(entity) ?? []).some((name) => claimKey.includes(` ${name} `)))
    .filter((entity) => query.kind !== 'who' || !onlyTargeted(claimWords, context.entityNames.get(entity) ?? []))
    .map((entity) => {
      const kind = context.entityKinds.get(entity) ?? '';
      // "China issued a joint statement": a country that acts is its government, which is a who.
      const names = context.entityNames.get(entity) ?? [];
      const acts =
        query.kind === 'who' &&
        (kind === 'country' || kind === 'region') &&
        !ASKS_GROUP.test(query.text) &&
        (clauses.some((clause) => (kind === 'country' && actsInClause(clause, names)) || governmentsOf(clause, names)) ||
          (partner !== undefined && partnerIn(claimWords, names, partner)));
      return acts ? 'organisation' : kind;
    });
  // "Which Pakistani general ordered …": one person, whom only a named person gives; a country
  // acting ("Pakistan carried out airstrikes") does not.
  if (personAsked) return otherEntityKinds.includes('person');
  // "Which group" asks for a named group: a person noun ("militants") does not name one.
  const personNouns = query.kind === 'who' && !ASKS_GROUP.test(query.text) ? agentNouns(claim, new Set(toKey(query.text).split(' ').map(toStem))) : [];
  const kinds = query.kind === 'where' ? answeringPlaceKinds(query.text, otherEntityKinds) : otherEntityKinds;
  return givesKind(query.kind, { fact, otherEntityKinds: kinds, personNouns }, query.metrics);
}

const ATTRIBUTION =
  /^(?:(?:in [^,]{1,40},\s*)?according to [^,]{1,80},\s*|[^,]{1,60}?\b(?:argues|writes|warns|says|said|notes|concludes|contends|claims|believes|reported|reports|stated|announced|alleges?)\s+that\s+)/i;
const CHARGED = /\b(?:accus\w*|alleg\w*|charged?)\b/i;
// An attribution later in the statement: "…, according to Tajik authorities", "Tajik authorities
// reported that …", "neighbouring states counter that …".
const REPORTED_BY = /\baccording to\b|\b(?:reported|said|stated|announced|confirmed)\b|\b(?:counter|insist|maintain|contend)s?\s+that\b/i;
const ASKS_GROUP = /\b(?:which|what)\s+(?:\w+\s+)?(?:group|organi[sz]ation)s?\b/i;

// Words that make the person after them a target ("fired on employees", "killing two workers").
const OBJECT_MARKERS = new Set([
  'on',
  'against',
  'at',
  'of',
  'killing',
  'killed',
  'wounded',
  'wounding',
  'targeting',
  'struck',
  'hit',
  'including',
  'lives',
  // Whom a statement urges or presses is who is asked to act, not who acted.
  'urging',
  'urged',
  'pressing',
  'pressed',
]);
// Of those, the ones that make a name a few words on a target too ("fired on employees of the China
// Road and Bridge Corporation"); "of" alone does not ("a faction of the TTP" may be who acted).
const TARGET_MARKERS = new Set([...OBJECT_MARKERS].filter((word) => word !== 'of' && word !== 'including' && word !== 'lives'));
const TARGET_REACH = 4;

/** Where each mention of the names starts in the words, and the word after it. */
function mentionsIn(words: readonly string[], names: readonly string[]): { at: number; after: number }[] {
  return names.flatMap((name) => {
    const parts = name.split(' ');
    return words.flatMap((_, at) => (parts.every((part, i) => words[at + i] === part) ? [{ at, after: at + parts.length }] : []));
  });
}

/** Whether every mention of the entity in the claim is something done to it: the entity is a target, not who acted. */
function onlyTargeted(claimWords: readonly string[], names: readonly string[]): boolean {
  const mentions = mentionsIn(claimWords, names);
  return mentions.length > 0 && mentions.every(({ at }) => claimWords.slice(Math.max(0, at - TARGET_REACH), at).some((word) => TARGET_MARKERS.has(word)));
}

// Words before a name that make it a place or a party to something, not the one acting ("attacks in Pakistan", "talks with China").
const NOT_SUBJECT_BEFORE = new Set(['in', 'from', 'to', 'of', 'with', 'into', 'on', 'against', 'at', 'across', 'for', 'by', 'and', 'between']);

// "Who did China issue the statement with?", "who did China team up with to …": asked who the
// other party is, so a country after that word in the claim ("a statement with Pakistan") answers.
const STRANDED = /\b(with|alongside)(?=\s*\??\s*$|\s+to\s)/i;

function partnerIn(claimWords: readonly string[], names: readonly string[], preposition: string): boolean {
  return mentionsIn(claimWords, names).some(({ at }) => claimWords[at - 1] === preposition);
}

// "Governments in Europe and North America condemn …": the places' governments act, so the places
// answer who, though a preposition stands before them.
const GOVERNMENTS = new Set(['government', 'governments']);
const GOVERNED = new Set(['in', 'of', 'across']);

function governmentsOf(claimWords: readonly string[], names: readonly string[]): boolean {
  return mentionsIn(claimWords, names).some(({ at }) => {
    // The names may be listed: "governments in Europe and North America".
    let before = at - 1;
    while (before > 1 && claimWords[before] === 'and') before -= 2;
    return GOVERNED.has(claimWords[before] ?? '') && GOVERNMENTS.has(claimWords[before - 1] ?? '');
  });
}

// "Afghanistan-based groups", "ISIS-linked", "Uyghur-led": a name and a participle make one
// describing word, in which the name does nothing.
const COMPOUND_PARTICIPLES = new Set(['based', 'linked', 'led', 'backed', 'sponsored', 'affiliated', 'aligned', 'born', 'made']);

/**
 * Whether the entity is the subject of a verb in a clause: a mention right before a verb form, with
 * no punctuation between ("Pakistan closed", "Beijing issued"; not "…, Tajikistan, killed").
 */
function actsInClause(clauseWords: readonly string[], names: readonly string[]): boolean {
  return mentionsIn(clauseWords, names).some(({ at, after }) => {
    const verb = clauseWords[after];
    const before = clauseWords[at - 1];
    return (
      verb !== undefined &&
      !COMPOUND_PARTICIPLES.has(verb) &&
      (before === undefined || !NOT_SUBJECT_BEFORE.has(before)) &&
      baseForms(verb, 'verb').length > 0 &&
      isMainlyNoun(verb) === false
    );
  });
}

const ARMED_GROUP = 'armed group';
const VICTIM_AFTER = /^(?:were|was|have been|had been|are) (?:killed|wounded|injured|dead|hurt|kidnapped)/;

/**
 * Common person nouns that act in the statement ("gunmen from Afghanistan fired"), not victims or
 * targets, and not the question's own. Capitalised words (a "Tajik", a "Chinese") are names and
 * demonyms, which entity kinds already judge.
 */
function agentNouns(statement: string, questionStems: ReadonlySet<string>): string[] {
  const said = statement.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = said.map((word) => word.toLowerCase());
  return words.filter((word, at) => {
    if (word.length < 3 || /^\p{Lu}/u.test(said[at]!) || questionStems.has(toStem(word)) || !isPersonNoun(word)) return false;
    const before = words.slice(Math.max(0, at - 3), at);
    // "militant leaders": a person noun before another noun only describes it; before a word for an
    // armed group it names who acts, without a name ("extremist groups carry out raids").
    const next = words[at + 1];
    const modifies = next !== undefined && isMainlyNoun(next) === true && !isInGroup(next, ARMED_GROUP);
    return !modifies && !before.some((w) => OBJECT_MARKERS.has(w)) && !VICTIM_AFTER.test(words.slice(at + 1, at + 4).join(' '));
  });
}

// "What happened to the militants who crossed", "did any of them survive": the people's fate is
// asked, which the fact that they were killed gives and the one that they crossed does not.
const FATE_ASKED =
  /\bwhat\s+(?:has\s+|had\s+)?(?:happened|became)\s+(?:to|of)\s+(?:the\s+|all\s+|those\s+)?(?:\d+\s+|three\s+|two\s+)?([\p{L}]+)|\bsurviv\w*/iu;
const STATED_FATE = /\b(?:killed|died|dead|arrested|captured|detained|survived|escaped|fled|wounded|injured)\b/i;
const FATE_PRONOUNS = new Set(['them', 'him', 'her']);

function asksFateOfPeople(question: string): boolean {
  const asked = FATE_ASKED.exec(question);
  const noun = asked?.[1]?.toLowerCase();
  return asked !== null && (noun === undefined || FATE_PRONOUNS.has(noun) || isPersonNoun(noun));
}
const CASUALTIES = 'casualties';
const INJURED = 'injured';
const WHAT_HAPPENED = /\bwhat\s+(?:has\s+|had\s+)?happened\b|\bwhat\s+went\s+on\b/i;
const NARRATES = new RegExp(`^(?:on|in)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})\\b`, 'i');
const INCREASE = 'increase';
// "Since the Taliban's return to power in August 2021, no major attacks …": a lead clause that
// dates the claim by another event.
const DATED_BY_EVENT = /^(?:ever\s+)?(?:since|after|before|following|until)\s+([^,]{1,120}),\s*(.*)$/is;

/**
 * Asked when an event happened, a fact that only uses it to date another claim is less the answer
 * than the fact that reports it: its asked words sit in the lead clause, none in the claim.
 */
function datesOtherClaim(statement: string, asked: readonly Equivalents[]): boolean {
  const parts = DATED_BY_EVENT.exec(statement);
  if (!parts || asked.length === 0) return false;
  const lead = toFactWords(parts[1]!);
  const claim = toFactWords(parts[2]!);
  const inLead = asked.filter((eq) => creditIn(eq, lead) > 0);
  return inLead.length > 0 && inLead.every((eq) => creditIn(eq, claim) === 0);
}

// "A 44 percent increase from 2024": a change stated against the year its period starts in.
const CHANGE_FROM = /\b(?:increase|rise|jump|hike|drop|decrease|fall|decline|up|down)\s+from\s+((?:19|20)\d\d)\b/i;

/**
 * Asked how much something rose in 2025, a fact giving the 2025 figure against 2024 answers for
 * 2025: its period starts with the baseline, which is not what it reports on, so the change is
 * dated by its end alone.
 */
function asChangeIn(fact: FactView): FactView {
  const baseline = CHANGE_FROM.exec(fact.statement)?.[1];
  const { start, end } = fact.period;
  return baseline !== undefined && start?.startsWith(baseline) && end !== null ? { ...fact, period: { start: end, end } } : fact;
}

// "Taliban vs China on the TIP threat": one side's own claim on the shared topic is its view, though
// the one word left ("threat") may be the other side's. The side is the first entity of a side's query.
function sideSpeaks(fact: FactView, query: Query, entityNames: EntityNames): boolean {
  const side = query.entities[0];
  return side !== undefined && query.entities.length > 1 && speaksIn(fact.statement, entityNames.get(side.entity) ?? []);
}

/**
 * Scores candidates against the query and decides which of them answer it. Each candidate's
 * relevance (0 to 1, the best 1: see relevance.ts) is the searcher's own, not the store's rank;
 * candidates that score alike keep the order given.
 */
export function judgeCandidates(query: Query, candidates: readonly { fact: FactView; relevance: number }[], context: JudgeContext): JudgedFact[] {
  const { entityNames } = context;
  const newest = Math.max(0, ...candidates.map((candidate) => recency(candidate.fact)));
  const speaker = askedSpeaker(query.text, query.entities);
  const whatHappened = WHAT_HAPPENED.test(query.text);
  const asksChange = query.metrics.includes('percent') || context.required.some((eq) => isInGroup(eq.term, INCREASE));
  const speakerNames = speaker ? (entityNames.get(speaker.entity) ?? []) : [];
  // "What do the Taliban say when accused of harbouring terror groups": the party's own reply words
  // the charge its own way ("deny harboring any group"), so one word of it may go unsaid.
  const repliesToCharge = speaker !== undefined && CHARGED.test(query.text);
  const asksWhole = AGGREGATE.test(query.text);
  const asksFate = asksFateOfPeople(query.text);
  const oneAsked = query.kind === 'who' ? askedOneOf(query.text) : undefined;
  const personAsked = oneAsked !== undefined && isPersonNoun(oneAsked);
  // "How many guards does Tajikistan have": a count of guards killed is not how many there are.
  const asksHarm = query.metrics.includes('fatalities') || toWords(query.text).some((word) => isInGroup(word, CASUALTIES) || isInGroup(word, INJURED));
  const questionKey = ` ${toKey(query.text)} `;
  const itselfAsked = query.entities.filter((m) => questionKey.includes(` ${toKey(m.said)} itself `)).map((m) => m.entity);
  const askedEntities = new Set(query.entities.map((m) => m.entity));
  const quotes = candidates.map(({ fact }) => toFactWords(fact.quote));
  const texts = candidates.map(({ fact }, at) => joinFactWords(toFactWords(fact.statement), quotes[at]!));
  const sameEvent = sameEventWords(
    candidates.map((candidate) => candidate.fact),
    texts,
    (entity) => context.entityKinds.get(entity),
  );
  const judged = candidates.map(({ fact, relevance }, at) => {
    const text = `${fact.statement} ${fact.quote}`;
    const quoteWords = quotes[at]!;
    const words = texts[at]!;
    const entitiesCovered = query.entities.filter((m) => namesEntity(fact, m.entity, entityNames.get(m.entity) ?? [], words.key, query.definitional)).length;
    // A fact only tagged with an asked entity ("the region" for Pakistan) says less of it than one that names it.
    const entitiesSaid = query.entities.filter((m) => (entityNames.get(m.entity) ?? []).some((name) => words.key.includes(` ${name} `))).length;
    const ownCredits = context.required.map((eq) => creditIn(eq, words));
    // A detail of the event that another fact of it gives ("the restaurant bombing") lets the fact
    // answer, but ranks it no higher: of two facts of the event, the one that says the words leads.
    const requiredCredits = context.required.map((eq, asked) => {
      if (ownCredits[asked]) return ownCredits[asked];
      const eventWords = sameEvent(at);
      return eventWords ? SAME_EVENT_CREDIT * creditIn(eq, eventWords) : 0;
    });
    const incidentalHeld = context.incidental.map((eq) => creditIn(eq, words)).filter((credit) => credit > 0);
    const requiredShare = share([...requiredCredits, ...incidentalHeld]);
    const missing = context.required.filter((eq, at) => requiredCredits[at] === 0 && context.decisive.has(eq.term)).length;
    const optionalShare = share(context.optional.map((eq) => creditIn(eq, words)));
    // The source's own words carrying the asked ones ground a claim better than the paraphrase alone.
    const quoteShare = context.required.length ? share(context.required.map((eq) => creditIn(eq, quoteWords))) : 0;
    const dated = asksChange ? asChangeIn(fact) : fact;
    const fit = query.period ? fitPeriod(dated, query.period, context.today) : 'within';
    const entityCoverage = query.entities.length ? entitiesCovered / query.entities.length : 1;
    const periodScore = !query.period
      ? 0
      : fit === 'within'
        ? 2 + coverageOf(dated, query.period, context.today)
        : fit === 'overlap'
          ? 0.5
          : fit === 'timeless'
            ? 0
            : -3;
    // Without a period asked, the newer of two otherwise equal facts is the better briefing.
    const latestWeight = query.wantsLatest ? 1 : query.period ? 0 : 0.3;
    const latestScore = newest > 0 && recency(fact) > 0 ? latestWeight * (1 - Math.min(1, (newest - recency(fact)) / 5)) : 0;
    const subjectScore = isAboutAsked(fact, query, entityNames) ? 0.5 : 0;
    // "What is the TTP": of the facts that only mention it, the one giving its full name tells more.
    const spellsOut = query.definitional && spellsOutAsked(words, query, entityNames);
    const definitionScore = (query.definitional && definesAsked(fact, query, entityNames) ? 1 : 0) + (spellsOut ? (query.asksNameMeaning ? 2 : 0.5) : 0);
    // Without a figure asked, a fact that states one still tells more than one that does not; asked
    // what something is, a figure is no part of the answer.
    const figureScore = query.metrics.length === 0 && query.kind === 'any' && !query.definitional && statesFigure(fact.statement, 'count') ? 0.75 : 0;
    // "What happened in Kabul in January": the fact that tells the event from its date on, before
    // those that go back to it ("The January 19 bombing claimed …").
    const narrationScore = whatHappened && NARRATES.test(fact.statement) ? 0.75 : 0;
    const datingScore = query.kind === 'when' && datesOtherClaim(fact.statement, [...context.required, ...context.optional]) ? -1 : 0;
    // "How long after the drone strike did the shooting come": the fact giving the time between the
    // two names both events, each more briefly than a fact of one of them does.
    const interval = query.asksInterval && STATED_INTERVAL.test(fact.statement);
    const intervalScore = interval ? 2 : 0;
    // "Is Afghanistan itself secure": the fact about the place proper ("Afghanistan itself remains
    // insecure") leads those about its neighbours, though "security" matches "secure" by its stem
    // better than "insecure" does by its group.
    const itselfScore = itselfAsked.some((entity) => (entityNames.get(entity) ?? []).some((name) => words.key.includes(` ${name} itself `))) ? 2 : 0;
    const kindOk = givesAskedKind(fact, query, context, personAsked) && (!speaker || speaksIn(fact.statement, speakerNames));
    const countOk = !context.counted || countsOf(text, context.counted, toStem, !asksHarm);
    const score =
      4 * entityCoverage +
      NAMED_WEIGHT * (query.entities.length ? entitiesSaid / query.entities.length : 0) +
      5 * share(ownCredits) +
      2 * optionalShare +
      periodScore +
      metricScore(text, query.metrics) +
      relevance +
      QUOTE_WEIGHT * quoteShare +
      latestScore +
      subjectScore +
      definitionScore +
      figureScore +
      narrationScore +
      datingScore +
      intervalScore +
      itselfScore +
      (kindOk ? 1 : 0) +
      (countOk && context.counted ? 1 : 0);
    // Something to stand on: an asked entity, or the question's rare words; and when the question's
    // only other words are everyday ones, at least one of them.
    const anchored =
      (query.entities.length > 0 || (context.required.length > 0 && requiredShare > 0)) &&
      (context.required.length > 0 || context.optional.length === 0 || optionalShare > 0);
    // Asked for a figure, an answer must state one, not merely speak of the topic.
    const statesAskedFigure = query.metrics.every((metric) => statesFigure(text, metric));
    const answers =
      anchored &&
      (!asksWhole || givesAskedWhole(fact, text, askedEntities, (entity) => context.entityKinds.get(entity))) &&
      entityCoverage === 1 &&
      (requiredShare >= (context.side || speaker ? SIDE_SHARE : REQUIRED_SHARE) ||
        (context.side === true && context.required.length <= 1 && sideSpeaks(fact, query, entityNames))) &&
      (context.side || missing === 0 || ((interval || repliesToCharge) && missing === 1)) &&
      fit === 'within' &&
      statesAskedFigure &&
      // What was reported does not answer what will be.
      (!query.future || statesExpectation(fact)) &&
      kindOk &&
      countOk &&
      !namesOnlyFormerHolder(fact.statement, query, context.required) &&
      (!asksFate || STATED_FATE.test(fact.statement));
    return { fact, score, answers };
  });
  if (query.wantsLatest) setAsideSuperseded(judged, context.today);
  return judged.sort((a, b) => b.score - a.score);
}

// Asked about today, a fact whose claim ended before another answer's began no longer describes it.
function setAsideSuperseded(judged: JudgedFact[], today: Date): void {
  const starts = judged.filter((j) => j.answers).map((j) => factSpan(j.fact, today)?.from ?? '');
  // biome-ignore lint/complexity/useMathMinMax: these are ISO dates compared as text, not numbers.
  const latestStart = starts.reduce((a, b) => (a > b ? a : b), '');
  for (const j of judged) {
    if (j.answers && j.fact.period.end !== null && (factSpan(j.fact, today)?.to ?? '') < latestStart) j.answers = false;
  }
}
