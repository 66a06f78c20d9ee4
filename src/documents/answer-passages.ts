import type { Stores } from '../../db/store';
import { findCandidatePassages, wordsOf } from './closest-passage';
import { toSourceId } from '../domain/ids';

/** Sources' stored texts and the search over their passages. */
type Documents = Pick<Stores, 'sources' | 'search'>;

/** A passage of a stored document shown beside an answer: verbatim, never a fact. */
export interface AnswerPassage {
  sourceId: string;
  text: string;
  start: number;
  end: number;
}

// Question words that say nothing about the subject, so matching them is no evidence.
const QUESTION_WORDS = new Set(
  'the and for what which who whom whose when where why how many much did does was were are is has have had with about from that this there their they them into than then any some all'.split(
    ' ',
  ),
);

// Words match on their first five letters, a cheap stem: "attacks" finds "attacked".
const stemOf = (word: string): string => word.slice(0, 5);

/** The question's subject words: longer than two letters and not question words. */
function subjectWordsOf(question: string): string[] {
  return wordsOf(question).filter((word) => word.length > 2 && !QUESTION_WORDS.has(word));
}

/** How many of the subject words a passage holds (by stem). */
function countCovered(subject: readonly string[], passage: string): number {
  const stems = new Set(wordsOf(passage).map(stemOf));
  return subject.filter((word) => stems.has(stemOf(word))).length;
}

/**
 * Up to `limit` passages of active sources' texts that hold nearly every subject word of the
 * question (at least two, and three in four): only strong matches, since they are not reviewed.
 */
export async function findAnswerPassages(documents: Documents, question: string, limit = 2): Promise<AnswerPassage[]> {
  const subject = subjectWordsOf(question);
  if (subject.length === 0) return [];
  const needed = Math.max(Math.min(2, subject.length), Math.ceil(subject.length * 0.75));
  return (await findCandidatePassages(documents, subject.join(' '), null))
    .map((passage) => ({ passage, covered: countCovered(subject, passage.text) }))
    .filter(({ covered }) => covered >= needed)
    .sort((a, b) => b.covered - a.covered || a.passage.rank - b.passage.rank)
    .slice(0, limit)
    .map(({ passage }) => ({ sourceId: toSourceId(passage.sourceId), text: passage.text, start: passage.start, end: passage.end }));
}
