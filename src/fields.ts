import * as z from 'zod';
import { MAX_ROW_ID } from './domain/ids';
import { describePartialDateProblem, isPartialDate } from './domain/period';

/**
 * Field validators shared by command options and import files. Each message names what is
 * expected so the person who typed the value can fix it.
 */

// C0/C1 control characters except tab and newline, which multi-line quotes may hold.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what this pattern is for.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Zero-width and format characters, bidirectional overrides and isolates, line and paragraph
// separators: invisible, they can make stored text read differently from what it says.
const INVISIBLE_CHARACTERS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

/** Trimmed text of 1..max characters without control, invisible or direction-changing characters. */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters')
    .refine(
      (text) => !INVISIBLE_CHARACTERS.test(text),
      'must not contain invisible or text-direction characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+2028, U+2029, U+FEFF); retype it without them',
    );
}

/** A date as precise as the source gives it: `2025`, `2025-10` or `2025-10-09`, and on the calendar. */
export const partialIsoDate = z
  .string()
  .trim()
  .max(10, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-10)', abort: true })
  .superRefine((text, context) => {
    if (!isPartialDate(text)) context.addIssue({ code: 'custom', message: describePartialDateProblem(text) });
  });

/**
 * One address written one way: `new URL(x).href` (lower-case scheme and host, dot segments
 * resolved, unsafe characters percent-encoded), except that a bare site keeps no trailing slash,
 * as sources are usually cited (`https://example.org`, whether typed with the slash or without).
 */
function normaliseUrl(url: URL): string {
  return url.pathname === '/' && !url.search && !url.hash && !url.href.endsWith('?') && !url.href.endsWith('#') ? url.href.slice(0, -1) : url.href;
}

/** An absolute http(s) address, normalised (see `normaliseUrl`). */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .transform((text, context) => {
    const url = URL.canParse(text) ? new URL(text) : null;
    if (url?.protocol === 'http:' || url?.protocol === 'https:') return normaliseUrl(url);
    context.addIssue({ code: 'custom', message: 'must be an http:// or https:// address, e.g. https://example.org/report' });
    return z.NEVER;
  });

// The longest id: the prefix and ten digits. Declared as a length so platforms can stop longer input.
const PUBLIC_ID_MAX = 11;

function publicId(prefix: 'F' | 'S', what: string) {
  const message = `must be a ${what} id such as ${prefix}12 (${prefix}1 to ${prefix}${MAX_ROW_ID})`;
  return z
    .string()
    .trim()
    .max(PUBLIC_ID_MAX, { error: message, abort: true })
    .regex(new RegExp(`^${prefix}?\\d{1,10}$`, 'i'), message)
    .transform((text) => Number(text.replace(/^\D/, '')))
    .refine((row) => row >= 1 && row <= MAX_ROW_ID, message)
    .transform((row) => `${prefix}${row}`);
}

/** A fact id as users type it (`F12`, `f12` or `12`), normalised to `F12`. */
export const factId = publicId('F', 'fact');

/** A source id as users type it (`S3`, `s3` or `3`), normalised to `S3`. */
export const sourceId = publicId('S', 'source');
