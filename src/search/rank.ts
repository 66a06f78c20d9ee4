import type { FactView } from '../reply';
import type { Metric } from './metrics';
import { statesFigure } from './metrics';
import { overlaps } from './period';
import type { Query } from './query';
import { toKey, toStem, toWords } from './tokens';
import { spellingVariants, synonymsOf } from './word-forms';

/** A candidate fact with how well it covers the question. */
export interface JudgedFact {
  fact: FactView;
  score: number;
  /** True when the fact covers everything the question asks: entities, period and key words. */
  answers: boolean;
}

const SYNONYM_CREDIT = 0.5;

function termCredit(term: string, factStems: ReadonlySet<string>): number {
  if (spellingVariants(term).some((word) => factStems.has(toStem(word)))) return 1;
  if (synonymsOf(term).some((word) => factStems.has(toStem(word)))) return SYNONYM_CREDIT;
  return 0;
}

function namesEntity(fact: FactView, entity: string, names: readonly string[], factKey: string): boolean {
  return fact.entities.includes(entity) || names.some((name) => factKey.includes(` ${name} `));
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
  const otherAt = Math.min(
    ...fact.entities.filter((entity) => !asked.has(entity)).map((entity) => firstMention(statementKey, entityNames.get(entity) ?? [])),
  );
  return askedAt < otherAt;
}

// "Zalmai Nishat is the founder …": the statement opens with the asked entity and says what it is.
function definesAsked(fact: FactView, query: Query, entityNames: EntityNames): boolean {
  const opening = toKey(fact.statement);
  return query.entities.some((mention) =>
    (entityNames.get(mention.entity) ?? []).some((name) => new RegExp(`^${name} (is|was|are|were) `).test(opening)),
  );
}

/** Each entity's names and aliases as search keys, by entity name. */
export type EntityNames = ReadonlyMap<string, readonly string[]>;

/**
 * Scores candidates (best bm25 first) against the query and decides which of them answer it.
 */
export function judgeCandidates(
  query: Query,
  candidates: readonly { fact: FactView; bm25: number }[],
  entityNames: EntityNames,
): JudgedFact[] {
  const bestBm25 = Math.min(-1e-9, ...candidates.map((candidate) => candidate.bm25));
  const newest = Math.max(0, ...candidates.map((candidate) => recency(candidate.fact)));
  const judged = candidates.map(({ fact, bm25 }) => {
    const text = `${fact.statement} ${fact.quote}`;
    const factKey = ` ${toKey(text)} `;
    const factStems = new Set(toWords(text).map(toStem));
    const entitiesCovered = query.entities.filter((m) => namesEntity(fact, m.entity, entityNames.get(m.entity) ?? [], factKey)).length;
    const credits = query.terms.map((term) => termCredit(term, factStems));
    const missing = query.terms.filter((_, index) => credits[index] === 0);
    const fit = query.period ? overlaps(fact.period, query.period) : true;
    const entityCoverage = query.entities.length ? entitiesCovered / query.entities.length : 1;
    const termCoverage = credits.length ? credits.reduce((a, b) => a + b, 0) / credits.length : 1;
    const periodScore = !query.period ? 0 : fit === true ? 2 : fit === undefined ? 0 : -3;
    // Without a period asked, the newer of two otherwise equal facts is the better briefing.
    const latestWeight = query.wantsLatest ? 1 : query.period ? 0 : 0.3;
    const latestScore = newest > 0 && recency(fact) > 0 ? latestWeight * (1 - Math.min(1, (newest - recency(fact)) / 5)) : 0;
    const subjectScore = isAboutAsked(fact, query, entityNames) ? 0.5 : 0;
    const definitionScore = query.definitional && definesAsked(fact, query, entityNames) ? 1 : 0;
    // Without a figure asked, a fact that states one still tells more than one that does not.
    const figureScore = query.metrics.length === 0 && statesFigure(fact.statement, 'count') ? 0.75 : 0;
    const score =
      4 * entityCoverage + 3 * termCoverage + periodScore + metricScore(text, query.metrics) + bm25 / bestBm25 + latestScore +
      subjectScore + definitionScore + figureScore;
    // A question of three or more key words may carry one the fact need not repeat, as long as
    // the base knows that word: a word no fact contains names something the base does not hold.
    const tolerated = query.terms.length >= 3 && missing.length === 1 && !query.unknownTerms.includes(missing[0]!);
    const termsOk = missing.length === 0 || tolerated;
    // Asked for a figure, an answer must state one, not merely speak of the topic.
    const statesAskedFigure = query.metrics.every((metric) => statesFigure(text, metric));
    // `fit` is true only for a dated fact in the asked period: an undated one cannot show it covers it.
    const answers = entityCoverage === 1 && termsOk && fit === true && statesAskedFigure;
    return { fact, score, answers };
  });
  return judged.sort((a, b) => b.score - a.score);
}
