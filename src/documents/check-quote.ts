import type { createDocumentStore } from '../../db/document-store';
import { UserError } from '../user-error';
import { findClosestPassage } from './closest-passage';
import { locateQuote } from './normalise-text';

type DocumentStore = ReturnType<typeof createDocumentStore>;

const SHOWN_PASSAGE = 400;

/**
 * Refuses a quote that does not appear in the cited source's stored text (whitespace and
 * typographic marks aside), naming the closest passage so the person can copy the real words.
 * Sources without text are not checked; their facts say so.
 */
export function checkQuote(documents: DocumentStore, sourceId: number, quote: string): void {
  const text = documents.textOf(sourceId);
  if (text === undefined || locateQuote(text, quote)) return;
  const closest = findClosestPassage(documents, sourceId, quote);
  const shown = closest ? (closest.text.length > SHOWN_PASSAGE ? `${closest.text.slice(0, SHOWN_PASSAGE)}…` : closest.text) : undefined;
  const hint = closest
    ? `the closest passage is: “${shown}” (S${sourceId}:${closest.start}-${closest.end}). Copy the words exactly, or use --from S${sourceId}:${closest.start}-${closest.end}.`
    : `no passage shares a word with it. Read the text with /source show S${sourceId} --text and copy the words exactly.`;
  throw new UserError(`The quote was not found in S${sourceId}; ${hint}`, 'quote-not-found');
}

/** Whether the source has a stored text its facts' quotes were checked against. */
export function hasStoredText(documents: DocumentStore, sourceId: number): boolean {
  return documents.textOf(sourceId) !== undefined;
}
