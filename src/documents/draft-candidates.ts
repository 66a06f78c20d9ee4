import type { EntityTerm } from '../../db/store';
import type { Passage } from '../domain/passages';

/** A fact drafted from one sentence of a document, with every guess it makes visible. */
export interface CandidateDraft {
  passage: Passage;
  statement: string;
  period: { start: string; end: string } | null;
  /** The words the period was read from, shown so a reviewer can judge the guess. */
  periodFrom: string | null;
  entities: { id: number; name: string; from: string }[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+(?:\\d{1,2},\\s+)?((?:19|20)\\d\\d)\\b`, 'i');
const YEAR = /\b((?:19|20)\d\d)\b/;
const FIGURE = /\d/;
// Quotes are stored up to 2,000 characters and statements up to 1,000; longer sentences are not drafted.
const MAX_SENTENCE = 1000;
const MIN_SENTENCE = 30;

function guessPeriod(sentence: string): Pick<CandidateDraft, 'period' | 'periodFrom'> {
  const monthYear = MONTH_YEAR.exec(sentence);
  if (monthYear) {
    const value = `${monthYear[2]}-${String(MONTHS.indexOf(monthYear[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
    return { period: { start: value, end: value }, periodFrom: monthYear[0] };
  }
  const year = YEAR.exec(sentence);
  return year ? { period: { start: year[1]!, end: year[1]! }, periodFrom: year[0] } : { period: null, periodFrom: null };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A term counts when it stands as a whole word; short terms (acronyms such as TTP) must match case.
function findEntities(sentence: string, terms: readonly EntityTerm[]): CandidateDraft['entities'] {
  const found = new Map<number, CandidateDraft['entities'][number]>();
  for (const term of terms) {
    if (found.has(term.entityId) || term.term.length < 3) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.term)}(?![\\p{L}\\p{N}])`, term.term.length <= 4 ? 'u' : 'iu');
    if (pattern.test(sentence)) found.set(term.entityId, { id: term.entityId, name: term.entity, from: term.term });
  }
  return [...found.values()];
}

/**
 * Drafts from the sentences that state a figure or a date or name an entity the base knows; each
 * draft's statement is the sentence itself, for a reviewer to reword, and its quote the same words.
 */
export function draftCandidates(passages: readonly Passage[], terms: readonly EntityTerm[]): CandidateDraft[] {
  return passages.flatMap((passage): CandidateDraft[] => {
    if (passage.text.length < MIN_SENTENCE || passage.text.length > MAX_SENTENCE) return [];
    const entities = findEntities(passage.text, terms);
    const period = guessPeriod(passage.text);
    if (entities.length === 0 && !FIGURE.test(passage.text)) return [];
    return [{ passage, statement: passage.text, ...period, entities }];
  });
}
