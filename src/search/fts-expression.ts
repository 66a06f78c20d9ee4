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

/**
 * `focused` asks for facts naming every asked entity and at least one key word (the candidates
 * for an answer); `broad` for facts with any of them (candidates for related facts).
 */
export function buildMatchExpressions(query: Query, vocabulary: readonly EntityTerm[]): { focused: string | null; broad: string | null } {
  const entityGroups = query.entities.map((mention) => entityGroup(mention.entityId, vocabulary));
  const termGroups = query.terms.map(termGroup);
  const all = [...entityGroups, ...termGroups];
  if (all.length === 0) return { focused: null, broad: null };
  const focusedParts = termGroups.length > 0 ? [...entityGroups, anyOf(termGroups)] : entityGroups;
  return {
    focused: focusedParts.length > 0 ? focusedParts.join(' AND ') : null,
    broad: all.join(' OR '),
  };
}
