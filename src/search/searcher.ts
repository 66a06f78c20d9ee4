import type { EntityTerm } from '../../db/entity-store';
import type { FactBase } from '../fact-base';
import type { FactView } from '../reply';
import { findDisagreements } from './disagreement';
import { type EntityResolver, createEntityResolver } from './entity-resolver';
import { buildMatchExpressions } from './fts-expression';
import { type Query, isEmptyQuery, parseQuestion } from './query';
import { type JudgedFact, judgeCandidates } from './rank';
import { toKey, toStem } from './tokens';

/** An entity name, alias or demonym with the key searches compare it by. */
export interface KeyedTerm {
  term: EntityTerm;
  key: string;
}

/** The outcome of one question: facts that answer it, facts near it, and what to try instead. */
export interface AskResult {
  query: Query;
  answers: JudgedFact[];
  related: JudgedFact[];
  suggestions: string[];
  /** Plain-text notices for the reader, e.g. that sources disagree. */
  notices: string[];
}

const ANSWER_CANDIDATES = 100;
const RELATED_CANDIDATES = 30;
const MAX_ANSWERS = 5;
const MAX_RELATED = 3;
const TOPIC_SUGGESTIONS = 6;

/** Answers questions from the fact base; keeps the entity vocabulary cached until it changes. */
export function createSearcher(base: FactBase, now: () => Date = () => new Date()) {
  let vocabulary:
    | { version: string; terms: EntityTerm[]; keyed: KeyedTerm[]; byKey: Map<string, EntityTerm>; resolver: EntityResolver; names: Map<string, string[]> }
    | undefined;

  // Rebuilt only when an entity or alias changes, so lookups per question cost no normalising.
  function currentVocabulary() {
    const version = base.entities.vocabularyVersion();
    if (vocabulary?.version !== version) {
      const terms = base.entities.listTerms();
      const keyed = terms.map((term) => ({ term, key: toKey(term.term) }));
      const names = new Map<string, string[]>();
      for (const { term, key } of keyed) names.set(term.entity, [...(names.get(term.entity) ?? []), key]);
      const byKey = new Map(keyed.filter(({ term }) => term.kind !== 'demonym').map(({ term, key }) => [key, term] as const));
      vocabulary = { version, terms, keyed, byKey, resolver: createEntityResolver(terms), names };
    }
    return vocabulary;
  }

  function collect(hits: readonly { id: number; rank: number }[], into: Map<number, number>): void {
    for (const hit of hits) if (!into.has(hit.id)) into.set(hit.id, hit.rank);
  }

  function suggestionsFor(query: Query, resolver: EntityResolver): string[] {
    const closeNames = query.terms
      .filter((term) => !base.search.hasTerm(toStem(term)))
      .flatMap((term) => resolver.suggest(term, 2));
    const topics = base.entities.mostCited(TOPIC_SUGGESTIONS);
    return [...new Set([...closeNames, ...topics])];
  }

  return {
    /** The entity a name or alias (any case, any punctuation) stands for, if any. */
    findEntity(name: string): { id: number; name: string } | undefined {
      const term = currentVocabulary().byKey.get(toKey(name));
      return term ? { id: term.entityId, name: term.entity } : undefined;
    },

    /** Every entity name, alias and demonym with its search key. */
    entityVocabulary(): readonly KeyedTerm[] {
      return currentVocabulary().keyed;
    },

    /** Entity names close to what was typed, for "did you mean" and autocomplete. */
    suggestEntities(typed: string, limit: number): string[] {
      return currentVocabulary().resolver.suggest(typed, limit);
    },

    /** Parses the question without searching: what the search understood. */
    parse(question: string): Query {
      const { resolver } = currentVocabulary();
      return parseQuestion(question, resolver, (word) => base.search.hasTerm(toStem(word)), now());
    },

    /** Answers a question: the facts that cover it, best first, or none with suggestions. */
    ask(question: string, limits: { maxAnswers?: number; maxRelated?: number } = {}): AskResult {
      const { resolver, terms, names } = currentVocabulary();
      const query = parseQuestion(question, resolver, (word) => base.search.hasTerm(toStem(word)), now());
      if (isEmptyQuery(query)) return { query, answers: [], related: [], suggestions: [], notices: [] };
      const stages = buildMatchExpressions(query, terms);
      const hits = new Map<number, number>();
      if (stages.strict) collect(base.search.match(stages.strict, ANSWER_CANDIDATES), hits);
      if (stages.relaxed && hits.size < MAX_ANSWERS) collect(base.search.match(stages.relaxed, ANSWER_CANDIDATES), hits);
      if (stages.related && hits.size < MAX_ANSWERS + MAX_RELATED) collect(base.search.matchNewest(stages.related, RELATED_CANDIDATES), hits);
      const facts = base.factViews.getMany([...hits.keys()]);
      const judged = judgeCandidates(query, facts.map((fact: FactView) => ({ fact, bm25: hits.get(Number(fact.id.slice(1)))! })), names);
      const answers = judged.filter((j) => j.answers).slice(0, limits.maxAnswers ?? MAX_ANSWERS);
      const related = judged.filter((j) => !j.answers).slice(0, limits.maxRelated ?? MAX_RELATED);
      return {
        query,
        answers,
        related,
        suggestions: answers.length > 0 ? [] : suggestionsFor(query, resolver),
        notices: findDisagreements(answers.map((a) => a.fact), query.metrics),
      };
    },
  };
}

export type Searcher = ReturnType<typeof createSearcher>;
