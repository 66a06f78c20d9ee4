import type { EntityTerm } from '../../db/store';
import type { FactBase } from '../fact-base';
import type { FactView } from '../reply';
import { namedNoun } from './answer-kind';
import { findComparison, sideQuery, withoutComparingWords } from './comparison';
import { type PartySides, findPartySides, kindSideQuery, partySideQuery, pickPartyAndKind } from './comparison-party';
import { type PhraseSides, findPhraseSides, pickSideAnswer } from './comparison-phrases';
import { decisiveWords, namesThing, usedAsVerb } from './decisive-words';
import { findDisagreements } from './disagreement';
import { type EntityResolver, createEntityResolver } from './entity-resolver';
import { askedPhrases, buildMatchExpressions } from './match-expression';
import { type Equivalents, equivalentsOf } from './lexicon/equivalents';
import { isMainlyNoun } from './lexicon/wordnet';
import { type Query, isEmptyQuery, isStopListVerb, parseQuestion } from './query';
import { type JudgeContext, type JudgedFact, judgeCandidates } from './rank';
import { relevanceFields, scoreRelevance } from './relevance';
import { speaksIn } from './speaker';
import { toKey, toStem, toWords } from './tokens';
import { type WordLookups, createWordLookups } from './word-lookups';

/** An entity name, alias or demonym with the key searches compare it by. */
export interface KeyedTerm {
  term: EntityTerm;
  key: string;
}

/** One side of a comparison question and the fact that answers for it. */
export interface ComparisonSide {
  label: string;
  answer: JudgedFact;
}

/** The outcome of one question: facts that answer it, facts near it, and what to try instead. */
export interface AskResult {
  query: Query;
  answers: JudgedFact[];
  related: JudgedFact[];
  suggestions: string[];
  /** Plain-text notices for the reader, e.g. that sources disagree. */
  notices: string[];
  /** For a question weighing two things: one answer for each side, in the order asked. */
  comparison?: ComparisonSide[];
}

const ANSWER_CANDIDATES = 100;
const RELATED_CANDIDATES = 30;
const MAX_ANSWERS = 5;
const MAX_RELATED = 3;
const TOPIC_SUGGESTIONS = 6;
const TOPICS_TTL_MS = 60_000;
const PREFETCHED_WORDS = 200;

/** Answers questions from the fact base; keeps the entity vocabulary cached until it changes. */
export function createSearcher(base: FactBase, now: () => Date = () => new Date()) {
  let vocabulary:
    | {
        version: string;
        terms: EntityTerm[];
        keyed: KeyedTerm[];
        byKey: Map<string, EntityTerm>;
        resolver: EntityResolver;
        names: Map<string, string[]>;
        kinds: Map<string, string>;
        entityWords: Set<string>;
      }
    | undefined;

  // Rebuilt only when an entity or alias changes, so lookups per question cost no normalising.
  async function currentVocabulary() {
    const version = await base.entities.vocabularyVersion();
    if (vocabulary?.version !== version) {
      const [terms, kinds] = await Promise.all([base.entities.listTerms(), base.search.entityKinds()]);
      const keyed = terms.map((term) => ({ term, key: toKey(term.term) }));
      const names = new Map<string, string[]>();
      for (const { term, key } of keyed) names.set(term.entity, [...(names.get(term.entity) ?? []), key]);
      const byKey = new Map(keyed.filter(({ term }) => term.kind !== 'demonym').map(({ term, key }) => [key, term] as const));
      const entityWords = new Set(keyed.flatMap(({ key }) => key.split(' ')));
      vocabulary = { version, terms, keyed, byKey, resolver: createEntityResolver(terms), names, kinds, entityWords };
    }
    return vocabulary;
  }

  // The parser and the ranking ask about words one at a time and synchronously; each question
  // fetches the answers in batches (settling the computation that asks) and asks each word once.
  const knownWords = (): WordLookups<boolean> => createWordLookups((stem) => base.search.hasTerm(stem), toStem, false);
  let indexed: { at: number; total: number } | undefined;
  async function indexedFacts(): Promise<number> {
    if (!indexed || Date.now() - indexed.at > TOPICS_TTL_MS) indexed = { at: Date.now(), total: await base.search.indexedFacts() };
    return indexed.total;
  }
  const everyFormOf = (eq: Equivalents): string[] => [eq.term, ...eq.spellings, ...eq.same, ...eq.near];
  const wordsOf = (eq: Equivalents): string[] => everyFormOf(eq).filter((word) => !word.includes(' '));
  const phrasesOf = (eq: Equivalents): string[][] =>
    everyFormOf(eq)
      .filter((word) => word.includes(' '))
      .map((phrase) => phrase.split(' '));

  function collect(hits: readonly { id: number }[], into: Set<number>): void {
    for (const hit of hits) into.add(hit.id);
  }

  // The best-covered topics change slowly and counting them reads every tag: a minute-old list
  // is good enough for "try asking about".
  let topics: { at: number; names: string[] } | undefined;
  async function currentTopics(): Promise<string[]> {
    if (!topics || Date.now() - topics.at > TOPICS_TTL_MS) topics = { at: Date.now(), names: await base.entities.mostCited(TOPIC_SUGGESTIONS) };
    return topics.names;
  }

  async function suggestionsFor(query: Query, resolver: EntityResolver, known: WordLookups<boolean>): Promise<string[]> {
    await known.fetch(query.terms);
    const closeNames = query.terms.filter((term) => !known.lookup(term)).flatMap((term) => resolver.suggest(term, 2));
    return [...new Set([...closeNames, ...(await currentTopics())])];
  }

  async function judge(query: Query, known: WordLookups<boolean>, side = false): Promise<JudgedFact[]> {
    const { terms, names, kinds, entityWords } = await currentVocabulary();
    const asked = query.required.map(equivalentsOf);
    await known.fetch(asked.flatMap((eq) => [...wordsOf(eq), ...phrasesOf(eq).flat()]));
    // A word is heard when the base holds it or an equivalent, a phrase ("returned to power") by all its words.
    const unheard = asked.filter(
      (eq) => !wordsOf(eq).some((word) => known.lookup(word)) && !phrasesOf(eq).some((phrase) => phrase.every((word) => known.lookup(word))),
    );
    // A rare noun no fact holds in any of its forms names something the base does not know; an
    // unheard describing word ("tougher", "openly") only cannot help find the answer.
    if (unheard.some((eq) => namesThing(eq.term, query.text))) return [];
    // "How many religious schools": the noun counted is the briefing phrase it ends.
    const lastWord = query.countedNoun;
    const noun = lastWord && (query.terms.find((term) => term.endsWith(` ${lastWord}`)) ?? lastWord);
    // What "how many" counts is a thing, whatever WordNet makes of the word ("arrests").
    if (noun && unheard.some((eq) => eq.term === noun)) return [];
    // Nothing the question says beyond its names (and its stop-list verbs) can be found: it cannot be shown to be answered.
    const weighed = query.terms.filter((term) => !isStopListVerb(term)).length;
    const answerable = weighed === 0 || unheard.length < weighed;
    // An unheard verb ("what does Kiani tie the rise to") names nothing the base lacks, but it was
    // asked: it stays required, with no credit in any fact, so the rest must carry the answer.
    const required = query.required.filter((term) => !unheard.some((eq) => eq.term === term) || usedAsVerb(query.text, term)).map(equivalentsOf);
    const optional = query.terms.filter((term) => !query.required.includes(term)).map(equivalentsOf);
    const incidental = optional.filter((eq) => query.incidental.includes(eq.term));
    // Phrases ("armed militants") are kept word by word, as the counted text is compared.
    const stemPhrase = (words: string): string => words.split(' ').map(toStem).join(' ');
    const counted = noun ? new Set([noun, ...equivalentsOf(noun).spellings, ...equivalentsOf(noun).same].map(stemPhrase)) : null;
    const stages = buildMatchExpressions(query, terms, { required, optional }, (entity) => kinds.get(entity) === 'person');
    // The store only says which facts are candidates; their order and relevance are the searcher's.
    const hits = new Set<number>();
    if (stages.strict) collect(await base.search.match(stages.strict, ANSWER_CANDIDATES), hits);
    if (stages.relaxed && hits.size < MAX_ANSWERS) collect(await base.search.match(stages.relaxed, ANSWER_CANDIDATES), hits);
    if (stages.related && hits.size < MAX_ANSWERS + MAX_RELATED) collect(await base.search.matchNewest(stages.related, RELATED_CANDIDATES), hits);
    const facts = await base.facts.getMany([...hits].sort((a, b) => a - b));
    const nounAsked = query.kind === 'name' ? namedNoun(query.text, (word) => isMainlyNoun(word) === true, entityWords) : undefined;
    const named = nounAsked ? { noun: nounAsked, entityWords } : undefined;
    const factsWith = createWordLookups((stem) => base.search.factsWithTerm(stem), toStem, 0);
    const total = await indexedFacts();
    const phrases = askedPhrases(query, terms, { required, optional });
    const [decisive, relevance] = await factsWith.settle(
      () =>
        [
          decisiveWords(
            query.text,
            required.map((eq) => eq.term),
            factsWith.lookup,
            total,
          ),
          scoreRelevance(
            phrases,
            facts.map((fact) => relevanceFields(fact, names)),
            { factsWith: factsWith.lookup, total },
          ),
        ] as const,
    );
    const context: JudgeContext = {
      entityNames: names,
      entityKinds: kinds,
      required,
      optional,
      incidental,
      decisive,
      counted,
      today: now(),
      side,
      ...(named ? { named } : {}),
    };
    const judged = judgeCandidates(
      query,
      facts.map((fact, at) => ({ fact, relevance: relevance[at]! })),
      context,
    );
    return answerable ? judged : judged.map((j) => ({ ...j, answers: false }));
  }

  // "guards killed vs militants killed": each phrase asked with the shared words, as a question of its own.
  async function comparePhrases(phrases: PhraseSides, known: WordLookups<boolean>): Promise<ComparisonSide[] | undefined> {
    const chosen: ComparisonSide[] = [];
    for (const [at, text] of phrases.questions.entries()) {
      const sideAsked = withoutComparingWords(await parse(text, known));
      const unused = (await judge(sideAsked, known, true)).filter((j) => j.answers && !chosen.some((c) => c.answer.fact.id === j.fact.id));
      const best = pickSideAnswer(unused, phrases, at);
      if (!best) return undefined;
      chosen.push({ label: phrases.labels[at]!, answer: best });
    }
    return chosen;
  }

  // "The West compared with Afghanistan's neighbours": the named party's facts and the kind's,
  // each judged as a question of its own; comparison-party.ts picks one of each.
  async function compareWithKind(query: Query, sides: PartySides, known: WordLookups<boolean>): Promise<ComparisonSide[] | undefined> {
    const { names } = await currentVocabulary();
    const partyAnswers = (await judge(partySideQuery(query, sides), known, true)).filter((j) => j.answers);
    const kindAnswers = (await judge(kindSideQuery(query, sides), known, true)).filter((j) => j.answers);
    return pickPartyAndKind(query.text, sides, { partyAnswers, kindAnswers }, names.get(sides.party.entity) ?? []);
  }

  // One fact for each side, each judged as if the question named that side alone.
  async function compare(query: Query, known: WordLookups<boolean>): Promise<ComparisonSide[] | undefined> {
    const { kinds, names } = await currentVocabulary();
    const party = findPartySides(query, (entity) => kinds.get(entity));
    const againstKind = party ? await compareWithKind(query, party, known) : undefined;
    if (againstKind) return againstKind;
    const found = findComparison(
      query,
      (entity) => kinds.get(entity),
      (entity) => names.get(entity) ?? [],
    );
    if (!found) {
      const phrases = findPhraseSides(query.text);
      return phrases ? comparePhrases(phrases, known) : undefined;
    }
    const chosen: ComparisonSide[] = [];
    for (const side of found.sides) {
      const best = (await judge(sideQuery(query, side, found.shared), known, true)).find(
        (j) =>
          j.answers &&
          !chosen.some((c) => c.answer.fact.id === j.fact.id) &&
          // "The Taliban insist TIP is prohibited from targeting China" is the Taliban's side, though it names China.
          (!namesOther(j.fact, found.sides, side) || speaksIn(j.fact.statement, names.get(side.entity) ?? [])),
      );
      if (!best) return undefined;
      chosen.push({ label: side.entity, answer: best });
    }
    return chosen;
  }

  // Most words a question's parse looks up are its own: fetched in one batch before the first run
  // (as many as the parser reads at most; a hostile question's rest is fetched only if asked).
  async function parse(question: string, known: WordLookups<boolean>): Promise<Query> {
    const { resolver } = await currentVocabulary();
    await known.fetch(toWords(question).slice(0, PREFETCHED_WORDS));
    return known.settle(() => parseQuestion(question, resolver, known.lookup, now()));
  }

  return {
    /** The entity a name or alias (any case, any punctuation) stands for, if any. */
    async findEntity(name: string): Promise<{ id: number; name: string } | undefined> {
      const term = (await currentVocabulary()).byKey.get(toKey(name));
      return term ? { id: term.entityId, name: term.entity } : undefined;
    },

    /** Every entity name, alias and demonym with its search key. */
    async entityVocabulary(): Promise<readonly KeyedTerm[]> {
      return (await currentVocabulary()).keyed;
    },

    /** Entity names close to what was typed, for "did you mean" and autocomplete. */
    async suggestEntities(typed: string, limit: number): Promise<string[]> {
      return (await currentVocabulary()).resolver.suggest(typed, limit);
    },

    /** Parses the question without searching: what the search understood. */
    async parse(question: string): Promise<Query> {
      return parse(question, knownWords());
    },

    /** Answers a question: the facts that cover it, best first, or none with suggestions. */
    async ask(question: string, limits: { maxAnswers?: number; maxRelated?: number } = {}): Promise<AskResult> {
      const { resolver } = await currentVocabulary();
      const known = knownWords();
      const query = await parse(question, known);
      if (isEmptyQuery(query)) return { query, answers: [], related: [], suggestions: [], notices: [] };
      const comparison = await compare(query, known);
      const judged = await judge(query, known);
      const answers = comparison ? comparison.map((side) => side.answer) : judged.filter((j) => j.answers).slice(0, limits.maxAnswers ?? MAX_ANSWERS);
      const shown = new Set(answers.map((a) => a.fact.id));
      const related = judged.filter((j) => !shown.has(j.fact.id) && !j.answers).slice(0, limits.maxRelated ?? MAX_RELATED);
      const notices = comparison
        ? [`Compared: ${comparison.map((side) => `${side.answer.fact.id} for ${side.label}`).join('; ')}.`]
        : findDisagreements(
            answers.map((a) => a.fact),
            query.metrics,
          );
      return {
        query,
        answers,
        related,
        suggestions: answers.length > 0 ? [] : await suggestionsFor(query, resolver, known),
        notices,
        ...(comparison ? { comparison } : {}),
      };
    },
  };
}

// A side's fact must not be about the other side as well, or it would answer for both.
function namesOther(fact: FactView, sides: readonly { entity: string }[], side: { entity: string }): boolean {
  return sides.some((other) => other !== side && (fact.entities.includes(other.entity) || fact.source.author === other.entity));
}

export type Searcher = ReturnType<typeof createSearcher>;
