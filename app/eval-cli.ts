import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openFactBase } from '../src/fact-base';
import { formatReport } from '../src/search/eval-report';
import { evaluate, parseQuestions } from '../src/search/evaluate';
import { createSearcher } from '../src/search/searcher';

const USAGE = 'Usage: npm run eval -- <questions.jsonl> [--today YYYY-MM-DD] [--json]\n';

/**
 * `npm run eval -- <questions.jsonl> [--today YYYY-MM-DD] [--json]`: scores the search on a
 * question set, against a fresh in-memory copy of the seed base so local edits do not move the
 * figures. `--json` prints the whole report (figures, by kind, misses) for machines.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { today: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file || (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const today = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
  const base = await openFactBase({ path: ':memory:' });
  try {
    const report = await evaluate(
      base,
      createSearcher(base, () => today),
      parseQuestions(readFileSync(file, 'utf8')),
    );
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    return 0;
  } finally {
    await base.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
