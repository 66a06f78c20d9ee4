import type { EntityTerm } from '../../db/store';
import type { Equivalents } from './lexicon/equivalents';
import type { Query } from './query';
import { toKey } from './tokens';

/**
 * Builds FTS5 MATCH expressions from a parsed query. User text never reaches MATCH as typed: every
 * word is reduced to letters and digits and wrapped in double quotes, so FTS5 syntax (quotes,
 * NEAR(, *, -, brackets, AND/OR/NOT) in a question is only ever searched as words. The query holds
 * at most QUERY_LIMITS terms and entities and each group at most a fixed number of phrases, so the
 * expression's size is bounded whatever was typed.
 */

export const MATCH_LIMITS = { namesPerEntity: 12, phrasesPerTerm: 16, allButOneTerms: 6 } as const;

const phrase = (words: string): string => `"${words}"`;
const anyOf = (phrases: readonly string[]): string => `(${[...new Set(phrases)].join(' OR ')})`;

/** The phrases that stand for a word in MATCH: itself and its equivalents first, then WordNet's. */
export function termGroup(equivalents: Equivalents): string {
  const words = [equivalents.term, ...equivalents.spellings, ...equivalents.same, ...equivalents.near].map(toKey).filter(Boolean);
  return anyOf([...new Set(words)].slice(0, MATCH_LIMITS.phrasesPerTerm).map(phrase));
}

function entityGroup(entityId: number, vocabulary: readonly EntityTerm[]): string {
  const names = vocabulary.filter((term) => term.entityId === entityId).map((term) => toKey(term.term));
  return anyOf(names.filter(Boolean).slice(0, MATCH_LIMITS.namesPerEntity).map(phrase));
}

/** The expressions a search tries in turn, stopping once it has enough candidates. */
export interface MatchStages {
  /** Every asked entity and every rare key word (or its equivalents). */
  strict: string | null;
  /** Every asked entity and all but one rare word, or any key word: a paraphrase may lack some. */
  relaxed: string | null;
  /** Near the question: the asked entities alone, or any key word when no entity is asked (newest first, unscored). */
  related: string | null;
}

const allOf = (groups: readonly string[]): string | null => (groups.length ? groups.join(' AND ') : null);

// Facts with every group but one; only for a few groups, since it grows with the square of their number.
function allButOne(groups: readonly string[]): string {
  return anyOf(groups.map((_, skipped) => `(${groups.filter((__, index) => index !== skipped).join(' AND ')})`));
}

/**
 * Builds the stages from a parsed query and its words' equivalents. Narrow expressions come first
 * because FTS5 scores every row a MATCH selects: an AND of rare words stays fast at a million
 * facts where an OR of common ones would not.
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
    relaxed: relaxed && byWords ? `(${relaxed}) OR (${byWords})` : (relaxed ?? byWords),
    related: entityGroups.length ? allOf(entityGroups) : anyTerm.length ? anyTerm.join(' OR ') : null,
  };
}
