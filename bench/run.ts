// `npm run bench [-- --sizes 10000,100000,1000000] [--json]`: builds synthetic fact bases and
// measures a whole ask (facts, further reading, the reply), autocomplete, the analyst views,
// build time and peak memory next to two baselines measured in the same run: fuse.js over every
// fact (the naive bot) and MiniSearch (the in-memory search library a developer would pick). Then
// hostile inputs, each under a time and memory limit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchStore, withBenchSchema } from './bench-base';
import { type HostileResult, measureHostileInputs } from './hostile-run';
import { type SizeResult, toHostileTable, toTable } from './table';

// Both baselines hold every fact in memory and fuse.js scans them all per question: beyond this
// size one run takes too long (minutes per question) or too much memory.
const BASELINE_MAX_SIZE = 100_000;
const MEASURE = fileURLToPath(new URL('./measure-size.ts', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    json: { type: 'boolean', default: false },
    'hostile-timeout-s': { type: 'string', default: '120' },
    'hostile-max-rss-mb': { type: 'string', default: '6000' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
const limits = { timeoutMs: Number(values['hostile-timeout-s']) * 1000, maxRssMb: Number(values['hostile-max-rss-mb']) };
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(limits.timeoutMs > 0) || !(limits.maxRssMb > 0)) {
  process.stderr.write('--sizes takes whole numbers separated by commas, e.g. --sizes 10000,100000; the hostile limits take positive numbers\n');
  process.exit(2);
}

// With BRIEFBOT_DATABASE_URL set, each size is built in a PostgreSQL schema of its own, which the
// measuring processes find in BRIEFBOT_BENCH_SCHEMA (they inherit this process's environment).
const measure = (size: number): Promise<SizeResult> =>
  withBenchSchema((schema) => {
    if (schema) process.env.BRIEFBOT_BENCH_SCHEMA = schema;
    return measureOn(size);
  });

async function measureOn(size: number): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const args = ['--import', 'tsx', MEASURE, String(size), path, ...(size <= BASELINE_MAX_SIZE ? ['--baseline'] : [])];
    // Each size runs in its own process so its peak memory is its own.
    const measured = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as Omit<SizeResult, keyof HostileResult>;
    const hostile = await measureHostileInputs(path, limits);
    return { ...measured, ...hostile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
for (const size of sizes) {
  if (!values.json) process.stderr.write(`measuring ${size.toLocaleString('en')} facts on ${benchStore}…\n`);
  results.push(await measure(size));
}
process.stdout.write(values.json ? `${JSON.stringify(results)}\n` : `${toTable(results)}\n\n${toHostileTable(results)}\n`);
