import { type DateRange, isInRange } from './date-range';
import { type DatedOutline, compareChronologically, isDated, spanOf } from './chronology';
import type { FactOutline } from '../../db/store';

/** How a timeline groups its facts: by month for short spans, by year for longer ones. */
export type Granularity = 'month' | 'year';

/** The dated facts of a subject within a range, in order, and what was left out. */
export interface Timeline {
  facts: DatedOutline[];
  granularity: Granularity;
  span: { first: string; last: string } | null;
  /** Facts without a date: a timeline cannot place them. */
  undated: number;
  /** Dated facts outside the range asked for. */
  outside: number;
}

// Spans of up to two calendar years read best month by month, if the sources give months at all;
// longer ones year by year.
const MONTHLY_MAX_YEARS = 2;

function chooseGranularity(facts: readonly DatedOutline[], span: { first: string; last: string } | null): Granularity {
  if (!span || !facts.some((fact) => fact.period.start.length >= 7)) return 'year';
  return Number(span.last.slice(0, 4)) - Number(span.first.slice(0, 4)) < MONTHLY_MAX_YEARS ? 'month' : 'year';
}

/** Orders a subject's dated facts within the range and picks the grouping the span suggests. */
export function buildTimeline(facts: readonly FactOutline[], range: DateRange): Timeline {
  const dated = facts.filter(isDated);
  const inRange = dated.filter((fact) => isInRange(fact, range)).sort(compareChronologically);
  const span = spanOf(inRange);
  return { facts: inRange, granularity: chooseGranularity(inRange, span), span, undated: facts.length - dated.length, outside: dated.length - inRange.length };
}

/**
 * The heading a fact falls under. A fact dated only to a year stays a year even in a monthly
 * timeline: it gets its own heading before that year's months rather than an invented month.
 */
export function groupLabel(fact: DatedOutline, granularity: Granularity): string {
  const start = fact.period.start;
  if (granularity === 'year') return start.slice(0, 4);
  return start.length >= 7 ? start.slice(0, 7) : `${start} (month not given)`;
}
