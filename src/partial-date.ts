/**
 * The one parser of partial ISO dates (`2025`, `2025-10`, `2025-10-09`): the shape and the
 * calendar. Command options, periods and import files all check dates here.
 */

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
