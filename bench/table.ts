import type { HostileResult } from './hostile-run';

interface Baseline {
  p50Ms: number;
  p99Ms: number;
  ratio: number | null;
  p99Ratio: number | null;
}

/** One size's figures, as `npm run bench -- --json` prints them. */
export interface SizeResult extends HostileResult {
  size: number;
  askP50Ms: number;
  askP99Ms: number;
  fuse: Baseline | null;
  miniSearch: Baseline | null;
  peakRssMb: number;
  buildSeconds: number;
  autocompleteP50Ms: number;
  autocompleteP99Ms: number;
  timelineP50Ms: number;
  entityP50Ms: number;
  digestP50Ms: number;
}

// Large figures are rounded: a tenth of a millisecond means nothing at twenty seconds.
const ms = (value: number): string => (value >= 100 ? Math.round(value).toLocaleString('en') : String(value));
const times = (value: number): string => `${value >= 100 ? Math.round(value).toLocaleString('en') : value}×`;

const baselineCells = (b: Baseline | null): string[] =>
  b === null ? ['not run', '–'] : [`${ms(b.p50Ms)} / ${ms(b.p99Ms)} ms`, `${times(b.ratio ?? 0)} / ${times(b.p99Ratio ?? 0)}`];

const worst = (value: number | null, result: HostileResult): string => {
  if (value !== null) return `${ms(value)} ms`;
  const stopped = result.hostile.filter((c) => c.stopped).map((c) => `${c.name} stopped: ${c.stopped}`);
  return `over the limit (${stopped.join(', ')})`;
};

/** The Markdown table the README's benchmark section shows. */
export function toTable(results: readonly SizeResult[]): string {
  const header =
    '| facts | ask p50 / p99 | fuse.js p50 / p99 | ÷ ask | MiniSearch p50 / p99 | ÷ ask | autocomplete p50 / p99 | worst ask / autocomplete (hostile) | timeline / entity / digest p50 | build | peak RSS |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = results.map((r) =>
    [
      r.size.toLocaleString('en'),
      `${ms(r.askP50Ms)} / ${ms(r.askP99Ms)} ms`,
      ...baselineCells(r.fuse),
      ...baselineCells(r.miniSearch),
      `${r.autocompleteP50Ms} / ${r.autocompleteP99Ms} ms`,
      `${worst(r.worstAskMs, r)} / ${worst(r.worstAutocompleteMs, r)}`,
      `${r.timelineP50Ms} / ${r.entityP50Ms} / ${r.digestP50Ms} ms`,
      `${r.buildSeconds} s`,
      `${r.peakRssMb} MB`,
    ].join(' | '),
  );
  return [header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** Each hostile input's figures, one table for every size. */
export function toHostileTable(results: readonly SizeResult[]): string {
  const names = [...new Set(results.flatMap((r) => r.hostile.map((c) => c.name)))];
  const header = `| hostile input | ${results.map((r) => `${r.size.toLocaleString('en')}: ask / autocomplete`).join(' | ')} |\n|---|${results.map(() => '---|').join('')}`;
  const cell = (r: SizeResult, name: string): string => {
    const found = r.hostile.find((c) => c.name === name);
    if (!found) return '–';
    return found.stopped || found.askMs === null || found.autocompleteMs === null
      ? `stopped (${found.stopped ?? 'unknown'})`
      : `${ms(found.askMs)} / ${ms(found.autocompleteMs)} ms`;
  };
  return [header, ...names.map((name) => `| ${name} | ${results.map((r) => cell(r, name)).join(' | ')} |`)].join('\n');
}
