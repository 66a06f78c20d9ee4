import { stringify } from 'csv-stringify/sync';
import type { Bundle, SourceRecord } from '../bundle';
import { describePeriod, describeSource } from '../format';
import { escapeMarkdown } from '../markdown-text';
import { neutraliseCell } from './csv-cells';
import { CSV_COLUMNS } from './import-file';

/** The facts as CSV, in the columns import reads; no cell can run as a spreadsheet formula. */
export function toCsv(bundle: Bundle): string {
  const rows = bundle.facts.map((fact) =>
    [fact.id, fact.statement, fact.quote, fact.source, fact.period.start ?? '', fact.period.end ?? '', fact.entities.join('; '), fact.status].map(
      neutraliseCell,
    ),
  );
  return stringify([[...CSV_COLUMNS], ...rows]);
}

/**
 * A briefing document: every active fact with its quote and a numbered citation, and the sources
 * numbered in order of first citation at the end.
 */
export function toMarkdown(bundle: Bundle, generatedOn: string): string {
  const sources = new Map(bundle.sources.map((source) => [source.id, source]));
  const numbers = new Map<string, number>();
  const cite = (id: string): number => numbers.get(id) ?? numbers.set(id, numbers.size + 1).get(id)!;
  const active = bundle.facts.filter((fact) => fact.status === 'active');
  const lines = [`# Fact base briefing`, '', `${active.length} sourced facts, exported ${generatedOn}.`, ''];
  for (const fact of active) {
    const period = describePeriod(fact.period);
    lines.push(`- **${fact.id}** ${escapeMarkdown(fact.statement)}${period ? ` (${period})` : ''} [${cite(fact.source)}]`, `  > ${escapeMarkdown(fact.quote)}`);
  }
  lines.push('', '## Sources', '');
  for (const [id, number] of numbers) {
    const source = sources.get(id) as SourceRecord;
    lines.push(`${number}. ${escapeMarkdown(describeSource(source))}${source.url ? `, <${source.url}>` : ''} (${id})`);
  }
  return `${lines.join('\n')}\n`;
}
