// `npm run bench [-- --sizes 10000,100000,1000000] [--json]`: builds synthetic fact bases and
// measures a whole ask (parse, retrieve, rank, build the reply data), autocomplete, the analyst
// views (timeline, entity profile, digest), build time and peak memory, next to the naive baseline
// (fuse.js over every fact's text) measured in the same run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// fuse.js over every fact scans them all per question: beyond this size one run takes too long.
const BASELINE_MAX_SIZE = 100_000;
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const MEASURE = fileURLToPath(new URL('./measure-size.ts', import.meta.url));

interface SizeResult {
  size: number;
  askP50Ms: number;
  askP99Ms: number;
  baselineP50Ms: number | null;
  ratio: number | null;
  peakRssMb: number;
  buildSeconds: number;
  autocompleteP50Ms: number;
  autocompleteP99Ms: number;
  timelineP50Ms: number;
  entityP50Ms: number;
  digestP50Ms: number;
}

function measure(size: number): SizeResult {
  const args = [MEASURE, String(size), ...(size <= BASELINE_MAX_SIZE ? ['--baseline'] : [])];
  // Each size runs in its own process so its peak memory is its own.
  return JSON.parse(execFileSync(TSX, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as SizeResult;
}

function toTable(results: readonly SizeResult[]): string {
  const header =
    '| facts | ask p50 | ask p99 | baseline p50 | ratio | autocomplete p50 / p99 | timeline / entity / digest p50 | build | peak RSS |\n' +
    '|---|---|---|---|---|---|---|---|---|';
  const rows = results.map((r) =>
    [
      r.size.toLocaleString('en'),
      `${r.askP50Ms} ms`,
      `${r.askP99Ms} ms`,
      r.baselineP50Ms === null ? 'not run' : `${r.baselineP50Ms} ms`,
      r.ratio === null ? '–' : `${r.ratio}×`,
      `${r.autocompleteP50Ms} / ${r.autocompleteP99Ms} ms`,
      `${r.timelineP50Ms} / ${r.entityP50Ms} / ${r.digestP50Ms} ms`,
      `${r.buildSeconds} s`,
      `${r.peakRssMb} MB`,
    ].join(' | '),
  );
  return [header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000,1000000' }, json: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  process.stderr.write('--sizes takes whole numbers separated by commas, e.g. --sizes 10000,100000\n');
  process.exit(2);
}
const results = sizes.map((size) => {
  if (!values.json) process.stderr.write(`measuring ${size.toLocaleString('en')} facts…\n`);
  return measure(size);
});
process.stdout.write(values.json ? `${JSON.stringify(results)}\n` : `${toTable(results)}\n`);
