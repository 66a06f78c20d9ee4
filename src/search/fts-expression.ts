import type { EntityTerm } from '../../db/entity-store';
import type { Query } from './query';
import { toKey } from './tokens';
import { spellingVariants, synonymsOf } from './word-forms';

/**
 * Builds FTS5 MATCH expressions from a parsed query. User text never reaches MATCH as typed: every
 * word is reduced to letters and digits and wrapped in double quotes, so FTS5 syntax (quotes,
 * NEAR(, *, -, brackets, AND/OR/NOT) in a question is only ever searched as words.
 */

const MAX_NAMES_PER_ENTITY = 12;

const phrase = (words: string): string => `"${words}"`;
const anyOf = (phrases: readonly string[]): string => `(${[...new Set(phrases)].join(' OR ')})`;

function termGroup(term: string): string {
  return anyOf([...spellingVariants(term), ...synonymsOf(term)].map((word) => phrase(toKey(word))).filter((p) => p !== '""'));
}

function entityGroup(entityId: number, vocabulary: readonly EntityTerm[]): string {
  const names = vocabulary.filter((term) => term.entityId === entityId).map((term) => toKey(term.term));
  return anyOf(names.filter(Boolean).slice(0, MAX_NAMES_PER_ENTITY).map(phrase));
}

/** The expressions a search tries in turn, stopping once it has enough candidates. */
export interface MatchStages {
  /** Every asked entity and every key word (or its variants and synonyms). */
  strict: string | null;
  /** Every asked entity and any key word: a long question's fact may lack one of its words. */
  relaxed: string | null;
  /** Near the question: the asked entities alone, or any key word when no entity is asked (newest first, unscored). */
  related: string | null;
}

const allOf = (groups: readonly string[]): string | null => (groups.length ? groups.join(' AND ') : null);

// Facts with every group but (at most) one: what a long question's answer must have.
function allButOne(groups: readonly string[]): string {
  return anyOf(groups.map((_, skipped) => `(${groups.filter((__, index) => index !== skipped).join(' AND ')})`));
}

/**
 * Builds the stages from a parsed query. Narrow expressions come first because FTS5 scores every
 * row a MATCH selects: an AND of rare words stays fast at a million facts where an OR of common
 * ones would not.
 */
export function buildMatchExpressions(query: Query, vocabulary: readonly EntityTerm[]): MatchStages {
  const entityGroups = query.entities.map((mention) => entityGroup(mention.entityId, vocabulary));
  const termGroups = query.terms.map(termGroup);
  return {
    strict: allOf([...entityGroups, ...termGroups]),
    relaxed: termGroups.length >= 3 ? allOf([...entityGroups, allButOne(termGroups)]) : null,
    related: entityGroups.length ? allOf(entityGroups) : termGroups.length ? termGroups.join(' OR ') : null,
  };
}
