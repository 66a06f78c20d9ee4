import type { FactView } from '../reply';
import { type DateRange, describeRange, isLimited } from './date-range';
import { isDated, spanOf } from './chronology';
import type { Subject } from './subject';

/** `1 fact`, `3 facts`. */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The citation that ends a line naming a fact: `F33; The National Interest, 2026-02-09 [S1]`, so a
 * line outside a fact block still says where its claim comes from.
 */
export function citeFact(fact: FactView): string {
  const { source } = fact;
  const who = source.publisher ?? source.author ?? `“${source.title}”`;
  return `${fact.id}; ${who}, ${source.publishedOn ?? 'date not stated'} [${source.id}]`;
}

/** Why a view of a subject over a range is empty, and where the subject's dated facts do lie. */
export function describeNothing(subject: Subject, range: DateRange): string {
  const dated = subject.facts.filter(isDated);
  const span = spanOf(dated);
  const where = isLimited(range) ? ` ${describeRange(range)}` : '';
  const parts = [`No dated fact about ${subject.label}${where}.`];
  if (span && isLimited(range)) parts.push(`Its dated facts run from ${span.first} to ${span.last}.`);
  const undated = subject.facts.length - dated.length;
  if (undated > 0) parts.push(`${countOf(undated, 'undated fact')} cannot be placed in time.`);
  return parts.join(' ');
}
