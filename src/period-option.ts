import * as z from 'zod';
import { PARTIAL_DATE_PATTERN, describePartialDateProblem, endsAfterStart, isPartialDate } from './domain/period';

const PERIOD = new RegExp(`^(${PARTIAL_DATE_PATTERN})?(?:(\\.\\.)(${PARTIAL_DATE_PATTERN})?)?$`);

/**
 * A fact's period as moderators type it: `2025`, `2025-10`, `2026-01-19` (one date),
 * `2023..2025` (a range), `2023..` (since 2023, ongoing) or `undated`.
 */
export const periodOption = z
  .string()
  .trim()
  .transform((text, context) => {
    if (text === '' || text.toLowerCase() === 'undated') return { start: null, end: null };
    const match = PERIOD.exec(text);
    const start = match?.[1];
    if (!match || !start) {
      context.addIssue({ code: 'custom', message: 'must be a date (2025, 2025-10, 2026-01-19), a range (2023..2025), an open range (2023..) or undated' });
      return z.NEVER;
    }
    const end = match[2] ? (match[3] ?? null) : start;
    const unreal = [start, end].find((date) => date !== null && !isPartialDate(date));
    if (unreal) {
      context.addIssue({ code: 'custom', message: describePartialDateProblem(unreal) });
      return z.NEVER;
    }
    if (end !== null && !endsAfterStart(start, end)) {
      context.addIssue({ code: 'custom', message: 'ends before it starts' });
      return z.NEVER;
    }
    return { start, end };
  });
