import type { FactView } from '../reply';
import { firstDayOf, lastDayOf } from '../domain/period';
import type { AskedPeriod } from './period';

/**
 * How a fact's period stands to the asked one. Only `within` answers: a figure for a wider or
 * another span is not the figure for the asked one. `overlap` makes the fact related.
 */
export type PeriodFit = 'within' | 'overlap' | 'outside' | 'timeless';

/**
 * The days a fact's claim holds for. An ongoing fact (start, no end) holds until its source was
 * published, never into the future: a source cannot speak for days after it was written.
 */
export function factSpan(fact: FactView, today: Date): { from: string; to: string } | null {
  const { start, end } = fact.period;
  if (start === null && end === null) return null;
  const todayIso = today.toISOString().slice(0, 10);
  const until = end ? lastDayOf(end) : fact.source.publishedOn ? lastDayOf(fact.source.publishedOn) : todayIso;
  const from = firstDayOf(start ?? end!);
  // biome-ignore lint/complexity/useMathMinMax: these are ISO dates compared as text, not numbers.
  return { from, to: until > todayIso ? todayIso : until < from ? from : until };
}

const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

// "Pre-2021" of the republic's 2004–2021: a span recorded by whole years spills into the year its
// claim ended in. Nine tenths of it inside the asked period is inside; half of it is another span's.
const MOSTLY_WITHIN = 0.9;

/** Whether the fact's claim lies inside the asked period (all of it, or nearly), only overlaps it, or misses it. */
export function fitPeriod(fact: FactView, asked: AskedPeriod, today: Date): PeriodFit {
  const span = factSpan(fact, today);
  if (!span) return 'timeless';
  const startsIn = asked.from === null || span.from >= asked.from;
  const endsIn = asked.to === null || span.to <= asked.to;
  if (startsIn && endsIn) return 'within';
  const touches = (asked.to === null || span.from <= asked.to) && (asked.from === null || span.to >= asked.from);
  if (!touches) return 'outside';
  const insideFrom = startsIn ? span.from : asked.from!;
  const insideTo = endsIn ? span.to : asked.to!;
  return days(insideFrom, insideTo) >= MOSTLY_WITHIN * days(span.from, span.to) ? 'within' : 'overlap';
}

/** How much of the asked period (up to today) a fact inside it spans, 0–1: "since 2021" is best answered by a fact from 2021 on. */
export function coverageOf(fact: FactView, asked: AskedPeriod, today: Date): number {
  const span = factSpan(fact, today);
  if (!span) return 0;
  const todayIso = today.toISOString().slice(0, 10);
  const from = asked.from ?? span.from;
  const to = asked.to === null || asked.to > todayIso ? todayIso : asked.to;
  const whole = days(from, to);
  return whole > 0 ? Math.min(1, days(span.from, span.to) / whole) : 0;
}
