import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../src/ops/progress-reporter';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 120, write: (text: string) => written.push(text) };
}

// One second per call: 1,000 ms between the start of a step and each batch.
const ticking = () => {
  let ms = 0;
  return () => (ms += 1000);
};

describe('progress without a terminal', () => {
  it('prints a line every so many rows and one as each step ends, with the rate', () => {
    const out = stream(false);
    const { report } = createProgressReporter(out, { everyRows: 1000, now: ticking() });
    report({ step: 'sources', done: 0, total: 0 });
    report({ step: 'facts', done: 0, total: 2500 });
    for (const done of [500, 1000, 1500, 2000, 2500]) report({ step: 'facts', done, total: 2500 });
    expect(out.written).toEqual([
      'sources: 0 of 0 rows, done\n',
      'facts: 1,000 of 2,500 rows (500 rows/s)\n',
      'facts: 2,000 of 2,500 rows (500 rows/s)\n',
      'facts: 2,500 of 2,500 rows (500 rows/s), done\n',
    ]);
  });
});

describe('progress on a terminal', () => {
  it('draws a bar per step with the counts and the rate, and leaves it drawn when the step ends', () => {
    const out = stream(true);
    const reporter = createProgressReporter(out, { now: ticking() });
    reporter.report({ step: 'facts', done: 0, total: 6 });
    reporter.report({ step: 'facts', done: 3, total: 6 });
    reporter.report({ step: 'facts', done: 6, total: 6 });
    reporter.close();
    const screen = stripVTControlCharacters(out.written.join(''));
    expect(screen).toMatch(/facts \[[^\]]+\] 6\/6 rows \| 3 rows\/s/);
    expect(screen.endsWith('\n')).toBe(true);
  });

  it('ends a bar a failed run left half drawn, so the process can exit', () => {
    const out = stream(true);
    const reporter = createProgressReporter(out, { now: ticking() });
    reporter.report({ step: 'audit_log', done: 0, total: 10 });
    reporter.close();
    expect(stripVTControlCharacters(out.written.join(''))).toMatch(/audit_log \[[^\]]+\] 0\/10 rows/);
  });
});
