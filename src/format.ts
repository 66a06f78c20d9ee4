import type { Period } from './domain/period';
import type { SourceView } from './reply';

/** A period as the source gives it: `2025-10`, `since 2023`, `2004 – 2021-08`; '' when undated. */
export function describePeriod(period: Period): string {
  if (period.start === null) return '';
  if (period.end === null) return `since ${period.start} (ongoing)`;
  return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
}

/** Who published a source, what and when, in one line: `Author, "Title", Publisher, 2026-02-09`. */
export function describeSource(source: SourceView): string {
  return [source.author, `“${source.title}”`, source.publisher, source.publishedOn ?? 'date not stated']
    .filter((part): part is string => Boolean(part))
    .join(', ');
}
