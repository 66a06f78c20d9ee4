import { readFileSync } from 'node:fs';
import { openFactBase } from '../fact-base';
import { evaluate, formatReport, parseQuestions } from './evaluate';
import { createSearcher } from './searcher';

/**
 * `npm run eval -- <questions.jsonl> [--today YYYY-MM-DD]`: scores the search on a question set,
 * against a fresh in-memory copy of the seed base so local edits do not move the figures.
 */
function main(argv: string[]): number {
  const file = argv.find((arg) => !arg.startsWith('--'));
  const todayIndex = argv.indexOf('--today');
  if (!file) {
    process.stderr.write('Usage: npm run eval -- <questions.jsonl> [--today YYYY-MM-DD]\n');
    return 2;
  }
  const today = todayIndex >= 0 ? new Date(`${argv[todayIndex + 1]}T12:00:00Z`) : new Date();
  const base = openFactBase({ path: ':memory:' });
  try {
    const report = evaluate(createSearcher(base, () => today), parseQuestions(readFileSync(file, 'utf8')));
    process.stdout.write(`${formatReport(report)}\n`);
    return 0;
  } finally {
    base.close();
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
