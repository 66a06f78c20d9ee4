import type { EntityTerm, MatchExpression } from '../../db/store';
import type { Equivalents } from './lexicon/equivalents';
import type { Query } from './query';
import { toKey } from './tokens';

/**
 * Builds the expressions a search hands the store from a parsed query. User text never reaches the
 * store as typed: every phrase is words reduced to letters and digits, and the store searches it
 * only as words. The query holds at most QUERY_LIMITS terms and entities and each group at most a
 * fixed number of phrases, so an expression's size is bounded whatever was typed.
 */

export const MATCH_LIMITS = { namesPerEntity: 12, phrasesPerTerm: 16, allButOneTerms: 6 } as const;

/** A phrase: words already reduced to letters and digits (toKey), space separated. */
export const phrase = (words: string): MatchExpression => ({ phrase: words });

/** Any of the parts, each distinct part once. */
export function anyOf(parts: readonly MatchExpression[]): MatchExpression {
  const seen = new Set<string>();
  return { any: parts.filter((part) => !seen.has(JSON.stringify(part)) && seen.add(JSON.stringify(part))) };
}

/** Every one of the parts, or null when there are none. */
export const allOf = (parts: readonly MatchExpression[]): MatchExpression | null => (parts.length ? { all: parts } : null);

/** Any of the words, each a phrase of its own. */
export const anyWord = (words: readonly string[]): MatchExpression => anyOf(words.filter(Boolean).map(phrase));

// The phrases that stand for a word: itself and its equivalents first, then WordNet's.
function termPhrases(equivalents: Equivalents): string[] {
  const words = [equivalents.term, ...equivalents.spellings, ...equivalents.same, ...equivalents.near].map(toKey).filter(Boolean);
  return [...new Set(words)].slice(0, MATCH_LIMITS.phrasesPerTerm);
}

function entityPhrases(entityId: number, vocabulary: readonly EntityTerm[]): string[] {
  const names = vocabulary.filter((term) => term.entityId === entityId).map((term) => toKey(term.term));
  return names.filter(Boolean).slice(0, MATCH_LIMITS.namesPerEntity);
}

const termGroup = (equivalents: Equivalents): MatchExpression => anyOf(termPhrases(equivalents).map(phrase));
const entityGroup = (entityId: number, vocabulary: readonly EntityTerm[]): MatchExpression => anyOf(entityPhrases(entityId, vocabulary).map(phrase));

/** Every phrase the question asks for, each once: the asked entities' names and every word with its equivalents. */
export function askedPhrases(
  query: Query,
  vocabulary: readonly EntityTerm[],
  words: { required: readonly Equivalents[]; optional: readonly Equivalents[] },
): string[] {
  const entities = query.entities.flatMap((mention) => entityPhrases(mention.entityId, vocabulary));
  return [...new Set([...entities, ...[...words.required, ...words.optional].flatMap(termPhrases)])];
}

/** The expressions a search tries in turn, stopping once it has enough candidates. */
export interface MatchStages {
  /** Every asked entity and every rare key word (or its equivalents). */
  strict: MatchExpression | null;
  /** Every asked entity and all but one rare word, or any key word: a paraphrase may lack some. */
  relaxed: MatchExpression | null;
  /** Near the question: the asked entities alone, or any key word when no entity is asked (newest first, unscored). */
  related: MatchExpression | null;
}

// Facts with every group but one; only for a few groups, since it grows with the square of their number.
function allButOne(groups: readonly MatchExpression[]): MatchExpression {
  return anyOf(groups.map((_, skipped) => ({ all: groups.filter((__, index) => index !== skipped) })));
}

/**
 * Builds the stages from a parsed query and its words' equivalents. Narrow expressions come first
 * because the store scores every fact an expression selects: an AND of rare words stays fast at a
 * million facts where an OR of common ones would not. The store's rank only picks which matches
 * are candidates when more match than asked for; the searcher scores them itself (relevance.ts).
 */
export function buildMatchExpressions(
  query: Query,
  vocabulary: readonly EntityTerm[],
  words: { required: readonly Equivalents[]; optional: readonly Equivalents[] },
  isPerson: (entity: string) => boolean = () => false,
): MatchStages {
  const entityGroups = query.entities.map((mention) => entityGroup(mention.entityId, vocabulary));
  const requiredGroups = words.required.map(termGroup);
  const anyTerm = [...words.required, ...words.optional].map(termGroup);
  const fewButOne = requiredGroups.length >= 3 && requiredGroups.length <= MATCH_LIMITS.allButOneTerms ? allButOne(requiredGroups) : null;
  // Without an entity to narrow it, an OR of common words would score half the base.
  const loose = entityGroups.length ? (fewButOne ?? (anyTerm.length ? anyOf(anyTerm) : null)) : fewButOne;
  const relaxed = loose ? allOf([...entityGroups, loose]) : null;
  // An author's own claims rarely name the author ("terrorist activity … is on the rise" in
  // Nishat's article): asked about a person, the rare words alone (still an AND) may find them.
  const others = query.entities.map((mention, at) => (isPerson(mention.entity) ? null : entityGroups[at]!)).filter((group) => group !== null);
  const byWords = others.length < entityGroups.length && requiredGroups.length > 0 ? allOf([...others, ...requiredGroups]) : null;
  return {
    strict: allOf([...entityGroups, ...requiredGroups]),
    relaxed: relaxed && byWords ? { any: [relaxed, byWords] } : (relaxed ?? byWords),
    related: entityGroups.length ? allOf(entityGroups) : anyTerm.length ? { any: anyTerm } : null,
  };
}
