import type { Stores } from '../../db/store';
import { UserError } from '../user-error';
import { findClosestPassage } from './closest-passage';
import { locateQuote } from './normalise-text';
import { toSourceId } from '../domain/ids';

/** Sources' stored texts and the search over their passages. */
type Documents = Pick<Stores, 'sources' | 'search'>;

const SHOWN_PASSAGE = 400;

/**
 * Why a quote fails the check against the cited source's stored text (whitespace and typographic
 * marks aside), naming the closest passage so the person can copy the real words; undefined when
 * it passes or the source has no text (its facts then say the quote was not checked).
 */
export async function describeQuoteProblem(documents: Documents, sourceId: number, quote: string): Promise<string | undefined> {
  const text = await documents.sources.textOf(sourceId);
  if (text === undefined || locateQuote(text, quote)) return undefined;
  const closest = await findClosestPassage(documents, sourceId, quote);
  if (!closest)
    return `not found in ${toSourceId(sourceId)}, and no passage shares a word with it. Read the text with /source show ${toSourceId(sourceId)} --text and copy the words exactly.`;
  const shown = closest.text.length > SHOWN_PASSAGE ? `${closest.text.slice(0, SHOWN_PASSAGE)}…` : closest.text;
  const range = `${toSourceId(sourceId)}:${closest.start}-${closest.end}`;
  return `not found in ${toSourceId(sourceId)}; the closest passage is: “${shown}” (${range}). Copy the words exactly, or use --from ${range}.`;
}

/** Refuses a quote that fails the check (see `describeQuoteProblem`). */
export async function checkQuote(documents: Documents, sourceId: number, quote: string): Promise<void> {
  const problem = await describeQuoteProblem(documents, sourceId, quote);
  if (problem) throw new UserError(`The quote was ${problem}`, 'quote-not-found');
}
