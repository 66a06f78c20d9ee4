import * as z from 'zod';
import type { Stores } from '../../db/store';
import { UserError } from '../user-error';
import { toSourceId } from '../domain/ids';

/** Sources' stored texts and the search over their passages. */
type Documents = Pick<Stores, 'sources' | 'search'>;

/** A range of a source's stored text, as `/source show S1 --text` and `ask` show it. */
export interface PassageRef {
  sourceId: number;
  start: number;
  end: number;
}

const EXAMPLE = 'e.g. --from S1:573-750 (the offsets /source show S1 --text shows)';

/** `S<id>:<start>-<end>`, character offsets into the source's text, end exclusive. */
export const passageRef = z
  .string()
  .trim()
  .max(40, `must be written S<id>:<start>-<end>, ${EXAMPLE}`)
  .transform((text, context): PassageRef => {
    const match = /^S([1-9]\d{0,8}):(\d{1,9})-(\d{1,9})$/i.exec(text);
    if (!match) {
      context.addIssue({ code: 'custom', message: `must be written S<id>:<start>-<end>, ${EXAMPLE}` });
      return z.NEVER;
    }
    return { sourceId: Number(match[1]), start: Number(match[2]), end: Number(match[3]) };
  });

/** The stored words of a passage range, refusing a range that is reversed, empty or outside the text. */
export async function readPassage(documents: Documents, ref: PassageRef): Promise<string> {
  const text = await documents.sources.textOf(ref.sourceId);
  if (text === undefined)
    throw new UserError(
      `${toSourceId(ref.sourceId)} has no stored text to quote from; give --quote instead, or store its text with /source add … --file.`,
      'no-source-text',
    );
  if (ref.end <= ref.start) throw new UserError(`The range ${ref.start}-${ref.end} is reversed or empty: the start comes first, ${EXAMPLE}.`, 'bad-range');
  if (ref.end > text.length)
    throw new UserError(
      `The range ${ref.start}-${ref.end} runs past the end of ${toSourceId(ref.sourceId)}'s text, which has ${text.length} characters; ${EXAMPLE}.`,
      'bad-range',
    );
  const words = text.slice(ref.start, ref.end).trim();
  if (!words) throw new UserError(`The range ${ref.start}-${ref.end} of ${toSourceId(ref.sourceId)} holds only spaces; ${EXAMPLE}.`, 'bad-range');
  return words;
}
