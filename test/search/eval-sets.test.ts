import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFactBase } from '../../src/fact-base';
import { type EvalReport, evaluate, parseQuestions } from '../../src/search/evaluate';
import { createSearcher } from '../../src/search/searcher';
import { TODAY } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
const searcher = createSearcher(base, () => TODAY);
afterAll(() => base.close());
const EVALUATION_TIMEOUT_MS = 300_000;

const sets = {
  'the development set': new URL('./dev-questions.jsonl', import.meta.url),
  'the project’s own question set': new URL('./questions.jsonl', import.meta.url),
};

describe.each(Object.entries(sets))('%s', (_, file) => {
  let report: EvalReport;
  // Asked once for the tests below; a whole set takes a while on a busy machine.
  beforeAll(async () => {
    report = await evaluate(base, searcher, parseQuestions(readFileSync(file, 'utf8')));
  }, EVALUATION_TIMEOUT_MS);

  it('puts a correct fact first for every answerable question', async () => {
    expect(report.misses.filter((miss) => miss.question.form !== 'none').map((miss) => miss.question.q)).toEqual([]);
    expect(report.top1).toBe(report.expected);
  });

  it('answers nothing where the base holds no answer', async () => {
    expect(report.noneCorrect).toBe(report.noneTotal);
  });

  it('shows no wrong answer', async () => {
    expect(report.wrongShown).toBe(0);
  });
});

describe('the literature questions', () => {
  let report: EvalReport;
  // Asked once for the tests below; a whole set takes a while on a busy machine.
  beforeAll(async () => {
    report = await evaluate(base, searcher, parseQuestions(readFileSync(new URL('./literature-questions.jsonl', import.meta.url), 'utf8')));
  }, EVALUATION_TIMEOUT_MS);

  it('find a right source among the first three at least nine times in ten', async () => {
    expect(report.top3 / report.expected).toBeGreaterThanOrEqual(0.9);
  });

  it('list nothing for an author or topic the catalogue does not hold', async () => {
    expect(report.noneCorrect).toBe(report.noneTotal);
    expect(report.wrongShown).toBe(0);
  });
});

describe('the tuning set’s literature questions', () => {
  const questions = parseQuestions(readFileSync(new URL('./eval/tune.jsonl', import.meta.url), 'utf8')).filter((q) => q.kind.includes('literature'));
  let report: EvalReport;
  // Asked once for the tests below; a whole set takes a while on a busy machine.
  beforeAll(async () => {
    report = await evaluate(base, searcher, questions);
  }, EVALUATION_TIMEOUT_MS);

  it('find a right source among the first three at least nine times in ten, and list nothing where none fits', async () => {
    expect(report.expected).toBeGreaterThan(0);
    expect(report.top3 / report.expected).toBeGreaterThanOrEqual(0.9);
    expect(report.wrongShown).toBe(0);
  });
});

// Sixteen independently written sets, each split in half. The tuning halves were tuned on; each
// held-out half was kept out of the tree until its round's tuning was done, then scored once and
// added (the sixteenth set, written late in its round, was tuned on in neither half). What each
// held-out half scored when it was still unseen, before and after its round, is in the README's
// "Search quality" section. These are measured floors, not the targets (top-1 at least nine in
// ten, no wrong answer shown): a change may only improve on them. Once in the repository a
// held-out half is no longer unseen, so the next round must be judged on freshly written questions.
describe.each([
  ['the first tuning set', './eval/tune.jsonl', { top1: 81, noneCorrect: 35, wrongShown: 3 }],
  ['the second tuning set', './eval/tune-2.jsonl', { top1: 77, noneCorrect: 42, wrongShown: 3 }],
  ['the third tuning set', './eval/tune-3.jsonl', { top1: 46, noneCorrect: 29, wrongShown: 1 }],
  ['the fourth tuning set', './eval/tune-4.jsonl', { top1: 35, noneCorrect: 26, wrongShown: 0 }],
  ['the fifth tuning set', './eval/tune-5.jsonl', { top1: 54, noneCorrect: 27, wrongShown: 1 }],
  ['the sixth tuning set', './eval/tune-6.jsonl', { top1: 53, noneCorrect: 28, wrongShown: 1 }],
  ['the seventh tuning set', './eval/tune-7.jsonl', { top1: 52, noneCorrect: 28, wrongShown: 3 }],
  ['the eighth tuning set', './eval/tune-8.jsonl', { top1: 50, noneCorrect: 29, wrongShown: 1 }],
  ['the ninth tuning set', './eval/tune-9.jsonl', { top1: 49, noneCorrect: 29, wrongShown: 2 }],
  ['the tenth tuning set', './eval/tune-10.jsonl', { top1: 52, noneCorrect: 29, wrongShown: 1 }],
  ['the eleventh tuning set', './eval/tune-11.jsonl', { top1: 43, noneCorrect: 29, wrongShown: 7 }],
  ['the twelfth tuning set', './eval/tune-12.jsonl', { top1: 50, noneCorrect: 28, wrongShown: 3 }],
  ['the thirteenth tuning set', './eval/tune-13.jsonl', { top1: 48, noneCorrect: 28, wrongShown: 1 }],
  ['the fourteenth tuning set', './eval/tune-14.jsonl', { top1: 54, noneCorrect: 28, wrongShown: 1 }],
  ['the fifteenth tuning set', './eval/tune-15.jsonl', { top1: 52, noneCorrect: 28, wrongShown: 3 }],
  ['the sixteenth set’s first half', './eval/tune-16.jsonl', { top1: 40, noneCorrect: 28, wrongShown: 4 }],
  ['the first held-out half', './eval/holdout.jsonl', { top1: 84, noneCorrect: 39, wrongShown: 1 }],
  ['the second held-out half', './eval/holdout-2.jsonl', { top1: 75, noneCorrect: 47, wrongShown: 3 }],
  ['the third held-out half', './eval/holdout-3.jsonl', { top1: 40, noneCorrect: 29, wrongShown: 3 }],
  ['the fourth held-out half', './eval/holdout-4.jsonl', { top1: 34, noneCorrect: 26, wrongShown: 1 }],
  ['the fifth held-out half', './eval/holdout-5.jsonl', { top1: 48, noneCorrect: 28, wrongShown: 1 }],
  ['the sixth held-out half', './eval/holdout-6.jsonl', { top1: 47, noneCorrect: 28, wrongShown: 3 }],
  ['the seventh held-out half', './eval/holdout-7.jsonl', { top1: 46, noneCorrect: 28, wrongShown: 1 }],
  ['the eighth held-out half', './eval/holdout-8.jsonl', { top1: 52, noneCorrect: 29, wrongShown: 1 }],
  ['the ninth held-out half', './eval/holdout-9.jsonl', { top1: 41, noneCorrect: 29, wrongShown: 3 }],
  ['the tenth held-out half', './eval/holdout-10.jsonl', { top1: 46, noneCorrect: 28, wrongShown: 2 }],
  ['the eleventh held-out half', './eval/holdout-11.jsonl', { top1: 46, noneCorrect: 28, wrongShown: 3 }],
  ['the twelfth held-out half', './eval/holdout-12.jsonl', { top1: 39, noneCorrect: 27, wrongShown: 5 }],
  ['the thirteenth held-out half', './eval/holdout-13.jsonl', { top1: 38, noneCorrect: 29, wrongShown: 3 }],
  ['the fourteenth held-out half', './eval/holdout-14.jsonl', { top1: 39, noneCorrect: 28, wrongShown: 6 }],
  ['the fifteenth held-out half', './eval/holdout-15.jsonl', { top1: 35, noneCorrect: 28, wrongShown: 7 }],
  ['the sixteenth set’s second half', './eval/holdout-16.jsonl', { top1: 30, noneCorrect: 29, wrongShown: 2 }],
] as const)('%s', (_, path, floor) => {
  let report: EvalReport;
  // Asked once for the tests below; a whole set takes a while on a busy machine.
  beforeAll(async () => {
    report = await evaluate(base, searcher, parseQuestions(readFileSync(new URL(path, import.meta.url), 'utf8')));
  }, EVALUATION_TIMEOUT_MS);

  it('keeps its right first answers and its refusals, and shows no more wrong answers', async () => {
    expect(report.top1).toBeGreaterThanOrEqual(floor.top1);
    expect(report.noneCorrect).toBeGreaterThanOrEqual(floor.noneCorrect);
    expect(report.wrongShown).toBeLessThanOrEqual(floor.wrongShown);
  });
});
