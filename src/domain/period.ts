/**
 * Partial ISO dates (`2025`, `2025-10`, `2025-10-09`) and the periods built from them: the one
 * place that knows their shape, the calendar and which days they cover. Command options, periods,
 * import files, search and the views all read dates through here.
 */

/** A partial ISO date range; `end` null with a `start` means ongoing as of the source's date. */
export interface Period {
  start: string | null;
  end: string | null;
}

/** The shape of a partial date, for embedding in larger patterns (no anchors, no groups that capture). */
export const PARTIAL_DATE_PATTERN = '\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?';

const PARTIAL_DATE = new RegExp(`^${PARTIAL_DATE_PATTERN}$`);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is a partial date that exists on the calendar: year 0001 or later, a real day of its month. */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  if (year < 1) return false;
  return day === undefined || day <= daysIn(year, month!);
}

/** Why `text` is not a partial date, for a person: the shape or the calendar. */
export function describePartialDateProblem(text: string): string {
  return PARTIAL_DATE.test(text)
    ? `${text} is not on the calendar (no year 0000, and a day must exist in its month: 2024-02-29 is, 2025-02-29 is not)`
    : 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-10)';
}

/** The first day a partial ISO date covers: `2025` → `2025-01-01`. */
export function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial ISO date covers: `2025-02` → `2025-02-28`. */
export function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}

/**
 * Whether a period's end is not before its start, compared at the end's precision: `2025-03..2025`
 * is in order (the end year holds the start), `2025..2024-12` is not.
 */
export function endsAfterStart(start: string, end: string): boolean {
  return start.slice(0, end.length) <= end;
}
