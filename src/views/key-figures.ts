import type { FactOutline } from '../../db/store';
import { type Metric, figuresIn } from '../search/metrics';
import { lastDayOf } from '../domain/period';

/** A figure a fact states, as the source writes it (`1,357`), and what kind of figure it is. */
export interface KeyFigure {
  rowId: number;
  figure: string;
  metric: Metric;
}

// A length, a death toll or a share says more than a bare count ("three militants"); written
// digits ("1,357") are what an analyst quotes, so they come before numbers in words.
const METRIC_ORDER: readonly Metric[] = ['length', 'fatalities', 'percent', 'count'];

// A figure in words comes back with the words around it ("two Tajik border guards dead"): keep the number.
const NUMBER_IN_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|doubled)\b/i;

function firstFigure(fact: FactOutline): KeyFigure | undefined {
  for (const metric of METRIC_ORDER) {
    const figures = figuresIn(fact.statement, metric);
    const figure = figures.find((text) => /\d/.test(text)) ?? figures[0]?.match(NUMBER_IN_WORDS)?.[0];
    if (figure) return { rowId: fact.rowId, figure, metric };
  }
  return undefined;
}

const reach = (fact: FactOutline): string => lastDayOf(fact.period.end ?? fact.period.start ?? '0000');

/** The most telling figures the facts state, one per fact: by kind, digits first, newest first. */
export function findKeyFigures(facts: readonly FactOutline[], limit: number): KeyFigure[] {
  const byId = new Map(facts.map((fact) => [fact.rowId, fact]));
  return facts
    .flatMap((fact) => firstFigure(fact) ?? [])
    .sort(
      (a, b) =>
        METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric) ||
        Number(/\d/.test(b.figure)) - Number(/\d/.test(a.figure)) ||
        reach(byId.get(b.rowId)!).localeCompare(reach(byId.get(a.rowId)!)) ||
        b.rowId - a.rowId,
    )
    .slice(0, limit);
}
