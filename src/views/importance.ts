import type { FactOutline } from '../../db/store';
import { statesFigure } from '../search/metrics';
import { lastDayOf } from '../domain/period';
import { toKey } from '../search/tokens';

// A briefing leads with what is concrete, recent and about its subject: a stated length, toll or
// share counts most, a bare count less; recency fades over five years, and an undated fact (a
// border's length, who someone is) counts as middling, being neither old news nor new; a
// statement that opens with the subject is about it, one that merely names it is near it.
const SPECIFIC_FIGURE = 1.5;
const COUNT_FIGURE = 0.75;
const RECENCY_YEARS = 5;
const UNDATED_RECENCY = 0.5;
const OPENS_WITH_SUBJECT = 1;
const NAMES_SUBJECT = 0.5;
const OPENING_WORDS = 4;

const yearsOf = (fact: FactOutline): number | null => {
  const date = fact.period.end ?? fact.period.start;
  return date ? Number(lastDayOf(date).slice(0, 4)) + Number(lastDayOf(date).slice(5, 7)) / 12 : null;
};

function figureScore(statement: string): number {
  if (statesFigure(statement, 'length') || statesFigure(statement, 'fatalities') || statesFigure(statement, 'percent')) return SPECIFIC_FIGURE;
  return statesFigure(statement, 'count') ? COUNT_FIGURE : 0;
}

function subjectScore(statement: string, names: readonly string[]): number {
  const words = ` ${toKey(statement)} `;
  const opening = ` ${words.trim().split(' ').slice(0, OPENING_WORDS).join(' ')} `;
  if (names.some((name) => opening.includes(` ${name} `))) return OPENS_WITH_SUBJECT;
  return names.some((name) => words.includes(` ${name} `)) ? NAMES_SUBJECT : 0;
}

/**
 * Orders facts most important first for a briefing on a subject known by `subjectNames` (its
 * name and aliases; none for a topic). Ties keep the newer fact first.
 */
export function rankByImportance(facts: readonly FactOutline[], subjectNames: readonly string[]): FactOutline[] {
  const names = subjectNames.map(toKey).filter(Boolean);
  const newest = Math.max(0, ...facts.map((fact) => yearsOf(fact) ?? 0));
  const scored = facts.map((fact) => {
    const years = yearsOf(fact);
    const recency = years === null ? UNDATED_RECENCY : 1 - Math.min(1, (newest - years) / RECENCY_YEARS);
    return { fact, score: figureScore(fact.statement) + recency + subjectScore(fact.statement, names) };
  });
  return scored.sort((a, b) => b.score - a.score || b.fact.rowId - a.fact.rowId).map(({ fact }) => fact);
}
