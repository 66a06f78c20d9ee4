import { type DatedOutline, spanOf, vouchedPeriod } from './chronology';
import type { DateRange } from './date-range';
import { firstDayOf, lastDayOf } from '../domain/period';
import { countOf } from './wording';

const MAX_GAPS = 5;

const yearOf = (date: string): number => Number(date.slice(0, 4));

// The calendar years between first and last that no fact's period touches; an ongoing fact
// touches every year from its start to its source's date (or on, when the source is undated).
function emptyYears(facts: readonly DatedOutline[], first: number, last: number): number[] {
  const touched = new Set<number>();
  for (const fact of facts) {
    const end = vouchedPeriod(fact).end;
    const until = end === null ? last : yearOf(end);
    for (let year = Math.max(first, yearOf(fact.period.start)); year <= Math.min(last, until); year++) touched.add(year);
  }
  return Array.from({ length: last - first + 1 }, (_, at) => first + at).filter((year) => !touched.has(year));
}

function toSpans(years: readonly number[]): string[] {
  const spans: [number, number][] = [];
  for (const year of years) {
    const open = spans.at(-1);
    if (open && open[1] === year - 1) open[1] = year;
    else spans.push([year, year]);
  }
  return spans.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`));
}

/**
 * What a briefing's facts do not cover, in plain statements: nothing dated before or after their
 * span (where the range asked reaches further), years inside it no fact touches, undated facts
 * left out. It reports absences only; it never infers a figure the facts do not state.
 */
export function describeGaps(dated: readonly DatedOutline[], range: DateRange, undatedLeftOut: number): string[] {
  const notes: string[] = [];
  const span = spanOf(dated);
  if (!span) notes.push('No fact it rests on is dated.');
  if (span && (range.from === null || firstDayOf(range.from) < firstDayOf(span.first))) notes.push(`No fact is dated before ${span.first}.`);
  if (span && (range.to === null || lastDayOf(range.to) > lastDayOf(span.last))) notes.push(`No fact is dated after ${span.last}.`);
  if (span) {
    const gaps = toSpans(emptyYears(dated, yearOf(span.first), yearOf(span.last)));
    const more = gaps.length > MAX_GAPS ? `, and ${gaps.length - MAX_GAPS} more` : '';
    if (gaps.length) notes.push(`No fact covers ${gaps.slice(0, MAX_GAPS).join(', ')}${more}.`);
  }
  if (undatedLeftOut > 0) notes.push(`${countOf(undatedLeftOut, 'undated fact')} left out: they cannot be placed in the range.`);
  notes.push('Figures are as each source states them; no totals are added up or inferred.');
  return notes;
}
