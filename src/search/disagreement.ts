import type { FactView } from '../reply';
import { type Metric, figuresIn } from './metrics';
import { firstDayOf, lastDayOf } from '../domain/period';
import { overlaps } from './period';

/**
 * Finds answers from different sources that give different figures for the same thing: the same
 * asked figure, the same entities, overlapping (or both timeless) periods.
 */
export function findDisagreements(answers: readonly FactView[], metrics: readonly Metric[]): string[] {
  const notices: string[] = [];
  for (const metric of metrics.filter((m) => m !== 'count')) {
    const stated = answers.map((fact) => ({ fact, figures: figuresIn(`${fact.statement}`, metric) })).filter((entry) => entry.figures.length > 0);
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const a = stated[i]!;
        const b = stated[j]!;
        if (a.fact.source.id === b.fact.source.id || !sameSubject(a.fact, b.fact)) continue;
        if (a.figures.some((figure) => b.figures.includes(figure))) continue;
        notices.push(
          `Sources differ: ${a.fact.id} (${a.fact.source.title}) says ${a.figures[0]}; ` + `${b.fact.id} (${b.fact.source.title}) says ${b.figures[0]}.`,
        );
      }
    }
  }
  return notices;
}

function sameSubject(a: FactView, b: FactView): boolean {
  const sameEntities = a.entities.length === b.entities.length && a.entities.every((name) => b.entities.includes(name));
  if (!sameEntities) return false;
  const aTimeless = a.period.start === null && a.period.end === null;
  const bTimeless = b.period.start === null && b.period.end === null;
  if (aTimeless || bTimeless) return aTimeless && bTimeless;
  const asPeriod = { from: b.period.start && firstDayOf(b.period.start), to: b.period.end && lastDayOf(b.period.end), label: '' };
  return overlaps(a.period, asPeriod) === true;
}
