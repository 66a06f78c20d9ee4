import type { FactOutline } from '../../db/store';
import { partialIsoDate } from '../fields';
import { firstDayOf, lastDayOf } from '../domain/period';
import { overlaps } from '../search/period';
import { vouchedPeriod } from './chronology';

/** The span a view is limited to, as typed (`from 2025`, `to 2026-02`); null ends are open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The zod fields of the `from` and `to` options: partial ISO dates, both optional. */
export const rangeFields = { from: partialIsoDate.optional(), to: partialIsoDate.optional() };

/** Whether `to` ends before `from` starts, so the range can hold nothing; the options check it. */
export function isBackwards(range: { from?: unknown; to?: unknown }): boolean {
  return typeof range.from === 'string' && typeof range.to === 'string' && lastDayOf(range.to) < firstDayOf(range.from);
}

/** The range as options give it, with absent ends as null. */
export function toRange(options: { from?: string | undefined; to?: string | undefined }): DateRange {
  return { from: options.from ?? null, to: options.to ?? null };
}

/** Whether a range limits anything. */
export function isLimited(range: DateRange): boolean {
  return range.from !== null || range.to !== null;
}

/** The range in words, as typed: `from 2025`, `up to 2024`, `2023 – 2025-06`; '' when open. */
export function describeRange(range: DateRange): string {
  if (range.from && range.to) return range.from === range.to ? `in ${range.from}` : `${range.from} – ${range.to}`;
  if (range.from) return `from ${range.from}`;
  return range.to ? `up to ${range.to}` : '';
}

/**
 * Whether a fact falls in the range: its period, ongoing ones up to their source's date, overlaps
 * it. An undated fact cannot show it does, so it does not.
 */
export function isInRange(fact: FactOutline, range: DateRange): boolean {
  const asked = { from: range.from && firstDayOf(range.from), to: range.to && lastDayOf(range.to), label: '' };
  return overlaps(vouchedPeriod(fact), asked) === true;
}
