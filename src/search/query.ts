import type { EntityMention, EntityResolver } from './entity-resolver';
import { type Metric, detectMetrics } from './metrics';
import { type AskedPeriod, RECENCY_WORDS, extractPeriod } from './period';
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
  /** Content words the answer must speak of (stop, period, entity and figure-only words removed). */
  terms: string[];
  /** Terms no fact in the base contains: the question is about something the base does not hold. */
  unknownTerms: string[];
  /** "Who is …", "What is …": a statement defining the entity answers best. */
  definitional: boolean;
}

/** Parses a question against the entity vocabulary; `today` resolves "last year" and the like. */
export function parseQuestion(
  text: string,
  resolver: EntityResolver,
  knownWord: (word: string) => boolean,
  today: Date,
): Query {
  const { period, rest } = extractPeriod(text, today);
  const { mentions, rest: words } = resolver.resolve(rest, knownWord);
  const { metrics, metricOnlyWords } = detectMetrics(text, toWords(text));
  const wantsLatest = words.some((word) => RECENCY_WORDS.has(word));
  const terms = [
    ...new Set(
      words.filter((word) => !STOP_WORDS.has(word) && !RECENCY_WORDS.has(word) && !metricOnlyWords.has(word) && word.length > 1),
    ),
  ];
  const unknownTerms = terms.filter((term) => !knownWord(term));
  const definitional = /^\s*(who|what)\s+(is|was|are|were)\b/i.test(text);
  return { text, entities: mentions, period, wantsLatest, metrics, terms, unknownTerms, definitional };
}

/** True when the question names nothing the search could look for. */
export function isEmptyQuery(query: Query): boolean {
  return query.entities.length === 0 && query.terms.length === 0 && query.metrics.length === 0;
}
