import { z } from 'zod';

/**
 * Field validators shared by command options and import files. Each message names what is
 * expected so the person who typed the value can fix it.
 */

// C0/C1 control characters except tab and newline, which multi-line quotes may hold.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Trimmed text of 1..max characters without control characters. */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters');
}

const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as precise as the source gives it: `2025`, `2025-10` or `2025-10-09`. */
export const partialIsoDate = z
  .string()
  .trim()
  .max(10, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-10)', abort: true })
  .regex(PARTIAL_ISO_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-10)');

/** An absolute http(s) address. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

// The longest id: the prefix and nine digits. Declared as a length so platforms can stop longer input.
const PUBLIC_ID_MAX = 10;

function publicId(prefix: 'F' | 'S', what: string) {
  return z
    .string()
    .trim()
    .max(PUBLIC_ID_MAX, { error: `must be a ${what} id such as ${prefix}12`, abort: true })
    .regex(new RegExp(`^${prefix}?\\d{1,9}$`, 'i'), `must be a ${what} id such as ${prefix}12`)
    .transform((text) => `${prefix}${text.replace(/^\D/, '')}`);
}

/** A fact id as users type it (`F12`, `f12` or `12`), normalised to `F12`. */
export const factId = publicId('F', 'fact');

/** A source id as users type it (`S3`, `s3` or `3`), normalised to `S3`. */
export const sourceId = publicId('S', 'source');

/** Turns a public id (`F12`, `S3`) into its row id. */
export function toRowId(id: string): number {
  return Number(id.slice(1));
}
