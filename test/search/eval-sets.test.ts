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

// Thirteen independently written sets, each split in half: the tuning halves were tuned on; the held-out
// halves never were, and were scored once on the code as it stood when they were added. These are
// measured floors, not the targets (top-1 at least nine in ten, no wrong answer shown): a change may
// only improve on them. Once in the repository the held-out halves are no longer unseen, so the next
// round must be judged on freshly written questions. From the third set on, each held-out half was
// kept out of the tree until the search changes tuned on its other half were done, then scored once
// and added (the sixth scored 39/57 top-1, 27/28 refusals, 6 wrong shown, as before its tuning; the
// seventh 39/57, 27/28 and 3, likewise; the eighth 44/56, 28/29 and 1 before its tuning, 46/56,
// 28/29 and 2 after; the ninth 34/56, 28/29 and 5 before, 36/56, 28/29 and 5 after; the tenth,
// written mid-round, 33/56, 28/29 and 7 on the code the round began with, 38/56, 28/29 and 5 when
// it arrived, and the same after the tuning on its other half; the eleventh, written at the round's
// end and tuned on by nothing, 39/56, 28/29 and 3 on the code the round began with and 41/56, 28/29
// and 3 on the code it ended with; the twelfth, written at the start of the next round, 35/56, 27/29
// and 7 on the code that round began with and 35/56, 27/29 and 8 after the tuning on its other half,
// then 36/56, 27/29 and 7 once two rules that its losses showed reaching too far were narrowed; the
// thirteenth, written mid-round, 29/56, 28/29 and 8 on the round's starting code and 33/56, 28/29 and
// 7 at its end). Rules written later from a held-out half's misses (the fifth's, the sixth's and the
// twelfth's) raise its floor but not what it says about unseen questions. The sixth
// held-out half lost one: its Nishat side was found through WordNet's "radical" for "group" (a
// chemical radical), and is now answered by another Nishat claim its writer did not list.
describe.each([
  ['the first tuning set', './eval/tune.jsonl', { top1: 81, noneCorrect: 35, wrongShown: 2 }],
  ['the second tuning set', './eval/tune-2.jsonl', { top1: 76, noneCorrect: 42, wrongShown: 4 }],
  ['the third tuning set', './eval/tune-3.jsonl', { top1: 46, noneCorrect: 29, wrongShown: 1 }],
  ['the fourth tuning set', './eval/tune-4.jsonl', { top1: 35, noneCorrect: 26, wrongShown: 0 }],
  ['the fifth tuning set', './eval/tune-5.jsonl', { top1: 50, noneCorrect: 27, wrongShown: 2 }],
  ['the sixth tuning set', './eval/tune-6.jsonl', { top1: 51, noneCorrect: 28, wrongShown: 1 }],
  ['the seventh tuning set', './eval/tune-7.jsonl', { top1: 52, noneCorrect: 28, wrongShown: 3 }],
  ['the eighth tuning set', './eval/tune-8.jsonl', { top1: 50, noneCorrect: 28, wrongShown: 2 }],
  ['the ninth tuning set', './eval/tune-9.jsonl', { top1: 46, noneCorrect: 29, wrongShown: 2 }],
  ['the tenth tuning set', './eval/tune-10.jsonl', { top1: 47, noneCorrect: 29, wrongShown: 2 }],
  ['the eleventh tuning set', './eval/tune-11.jsonl', { top1: 38, noneCorrect: 29, wrongShown: 8 }],
  ['the twelfth tuning set', './eval/tune-12.jsonl', { top1: 47, noneCorrect: 28, wrongShown: 3 }],
  ['the thirteenth tuning set', './eval/tune-13.jsonl', { top1: 45, noneCorrect: 28, wrongShown: 1 }],
  ['the first held-out half', './eval/holdout.jsonl', { top1: 83, noneCorrect: 38, wrongShown: 2 }],
  ['the second held-out half', './eval/holdout-2.jsonl', { top1: 73, noneCorrect: 46, wrongShown: 5 }],
  ['the third held-out half', './eval/holdout-3.jsonl', { top1: 39, noneCorrect: 29, wrongShown: 3 }],
  ['the fourth held-out half', './eval/holdout-4.jsonl', { top1: 32, noneCorrect: 26, wrongShown: 2 }],
  ['the fifth held-out half', './eval/holdout-5.jsonl', { top1: 47, noneCorrect: 27, wrongShown: 2 }],
  ['the sixth held-out half', './eval/holdout-6.jsonl', { top1: 46, noneCorrect: 28, wrongShown: 4 }],
  ['the seventh held-out half', './eval/holdout-7.jsonl', { top1: 45, noneCorrect: 28, wrongShown: 1 }],
  ['the eighth held-out half', './eval/holdout-8.jsonl', { top1: 47, noneCorrect: 29, wrongShown: 1 }],
  ['the ninth held-out half', './eval/holdout-9.jsonl', { top1: 40, noneCorrect: 29, wrongShown: 2 }],
  ['the tenth held-out half', './eval/holdout-10.jsonl', { top1: 40, noneCorrect: 28, wrongShown: 5 }],
  ['the eleventh held-out half', './eval/holdout-11.jsonl', { top1: 43, noneCorrect: 28, wrongShown: 3 }],
  ['the twelfth held-out half', './eval/holdout-12.jsonl', { top1: 36, noneCorrect: 27, wrongShown: 7 }],
  ['the thirteenth held-out half', './eval/holdout-13.jsonl', { top1: 33, noneCorrect: 28, wrongShown: 7 }],
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
