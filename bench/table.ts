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

const baselineCells = (b: Baseline | null): string[] =>
  b === null ? ['not run', '–'] : [`${b.p50Ms} / ${b.p99Ms} ms`, `${b.ratio}× / ${b.p99Ratio}×`];

const worst = (ms: number | null, result: HostileResult): string => {
  if (ms !== null) return `${ms} ms`;
  const stopped = result.hostile.filter((c) => c.stopped).map((c) => `${c.name}: ${c.stopped}`);
  return `did not finish (${stopped.join(', ')})`;
};

/** The Markdown table the README's benchmark section shows. */
export function toTable(results: readonly SizeResult[]): string {
  const header =
    '| facts | ask p50 / p99 | fuse.js p50 / p99 | ÷ ask | MiniSearch p50 / p99 | ÷ ask | autocomplete p50 / p99 | worst ask / autocomplete (hostile) | timeline / entity / digest p50 | build | peak RSS |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = results.map((r) =>
    [
      r.size.toLocaleString('en'),
      `${r.askP50Ms} / ${r.askP99Ms} ms`,
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
    return found.stopped ? `stopped (${found.stopped})` : `${found.askMs} / ${found.autocompleteMs} ms`;
  };
  return [header, ...names.map((name) => `| ${name} | ${results.map((r) => cell(r, name)).join(' | ')} |`)].join('\n');
}
