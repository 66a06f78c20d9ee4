import type { FactOutline } from '../../db/store';
import { type Period, firstDayOf, lastDayOf } from '../domain/period';

/** A fact outline known to be dated (its period has a start). */
export type DatedOutline = FactOutline & { period: { start: string; end: string | null } };

/** Whether a fact has a date; undated facts cannot be placed in time. */
export function isDated(fact: FactOutline): fact is DatedOutline {
  return fact.period.start !== null;
}

// How far in time a fact reaches: its end, or its start when ongoing (ongoing only as of its source).
const reachOf = (fact: DatedOutline): string => fact.period.end ?? fact.period.start;

// Full ISO days compare as plain text; localeCompare would be slower and locale-dependent.
const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest first, by start then end, as the source gives them: `2025` comes before `2025-03`. */
export function compareChronologically(a: DatedOutline, b: DatedOutline): number {
  return (
    compareDays(firstDayOf(a.period.start), firstDayOf(b.period.start)) ||
    a.period.start.length - b.period.start.length ||
    compareDays(lastDayOf(reachOf(a)), lastDayOf(reachOf(b))) ||
    a.rowId - b.rowId
  );
}

/** Latest first: by how far the fact reaches, then by its start, newest id first. */
export function compareLatestFirst(a: DatedOutline, b: DatedOutline): number {
  return compareDays(lastDayOf(reachOf(b)), lastDayOf(reachOf(a))) || compareDays(firstDayOf(b.period.start), firstDayOf(a.period.start)) || b.rowId - a.rowId;
}

/** The first start and the furthest reach of some dated facts, as the sources write them. */
export function spanOf(facts: readonly DatedOutline[]): { first: string; last: string } | null {
  if (facts.length === 0) return null;
  const earliest = facts.reduce((best, fact) => (compareChronologically(fact, best) < 0 ? fact : best));
  const latest = facts.reduce((best, fact) => (compareLatestFirst(fact, best) < 0 ? fact : best));
  return { first: earliest.period.start, last: reachOf(latest) };
}

/**
 * A fact's period with "ongoing" ended at its source's date: a source published in 2026 vouches
 * for nothing later, so a fact "since 2023" does not belong in a view of 2030.
 */
export function vouchedPeriod(fact: FactOutline): Period {
  const { start, end } = fact.period;
  if (start === null || end !== null || fact.sourceDate === null) return fact.period;
  return { start, end: lastDayOf(fact.sourceDate) >= firstDayOf(start) ? fact.sourceDate : start };
}
