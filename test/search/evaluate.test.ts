import { describe, expect, it } from 'vitest';
import type { FactView, SourceView } from '../../src/reply';
import { formatReport } from '../../src/search/eval-report';
import { type EvalAnswer, parseQuestions, scoreQuestions } from '../../src/search/evaluate';

const source = (id: string, title: string): SourceView => ({ id, title, author: null, publisher: null, publishedOn: null, url: null });
const fact = (id: string, statement: string): FactView => ({
  id,
  statement,
  quote: '',
  period: { start: null, end: null },
  entities: [],
  status: 'active',
  quoteChecked: true,
  source: source('S1', 'An article'),
});

const lines = [
  '{"q":"old answer form","expect":["1,357"]}',
  '{"q":"old none form","none":true}',
  '{"q":"typo","kind":"typo","expect":["2,670"]}',
  '{"q":"who wrote","kind":"literature","source":["Two years"]}',
  '{"q":"compare","kind":"comparison","expectEach":[["Tajik"],["Pakistan"]]}',
  '{"q":"unknowable","kind":"none-out-of-period","none":true}',
].join('\n');

const score = (got: Record<string, EvalAnswer>) => scoreQuestions(parseQuestions(lines), (question) => got[question] ?? { answers: [], furtherReading: [] });

describe('evaluation questions', () => {
  it('reads every form, old ones with their default kinds', () => {
    expect(parseQuestions(lines).map((q) => [q.kind, q.form])).toEqual([
      ['answer', 'answer'],
      ['none', 'none'],
      ['typo', 'answer'],
      ['literature', 'literature'],
      ['comparison', 'comparison'],
      ['none-out-of-period', 'none'],
    ]);
  });

  it('names a bad line by its number', () => {
    expect(() => parseQuestions('{"q":"fine","none":true}\n{"q":"no expectation"}')).toThrowError(/Line 2 is not a question/);
  });
});

describe('scoring', () => {
  it('counts a wrong top answer and an answer to a none-question as wrong answers shown', () => {
    const report = score({
      'old answer form': { answers: [fact('F1', 'other'), fact('F33', '1,357 km')], furtherReading: [] },
      'old none form': { answers: [fact('F2', 'anything')], furtherReading: [] },
    });
    expect(report.misses.map((m) => m.question.q)).toContain('old answer form');
    expect(report.top3).toBe(1);
    expect(report.wrongShown).toBe(2);
    expect(report.byKind.none).toMatchObject({ noneTotal: 1, noneCorrect: 0, wrongShown: 1 });
    expect(report.byKind['none-out-of-period']).toMatchObject({ noneTotal: 1, noneCorrect: 1, wrongShown: 0 });
  });

  it('passes a literature question on a right source among the first three, by title', () => {
    const reading = [source('S9', 'A'), source('S8', 'B'), source('S3', 'Two years under the Taliban')];
    expect(score({ 'who wrote': { answers: [], furtherReading: reading } }).byKind.literature).toMatchObject({ top1: 0, top3: 1, wrongShown: 0 });
    const late = [...reading.slice(0, 2), source('S7', 'C'), reading[2]!];
    expect(score({ 'who wrote': { answers: [], furtherReading: late } }).byKind.literature).toMatchObject({ top3: 0, wrongShown: 1 });
  });

  it('passes a comparison only when the first four answers hold a fact for every side', () => {
    const oneSide = { answers: [fact('F1', 'Tajik border')], furtherReading: [] };
    const both = { answers: [fact('F1', 'Tajik border'), fact('F2', 'x'), fact('F3', 'y'), fact('F4', 'Pakistan border')], furtherReading: [] };
    expect(score({ compare: oneSide }).byKind.comparison).toMatchObject({ top1: 0, wrongShown: 0 });
    expect(score({ compare: both }).byKind.comparison).toMatchObject({ top1: 1, top3: 1 });
  });

  it('prints the figures, a row per kind and each miss', () => {
    const text = formatReport(score({}));
    expect(text).toMatch(/wrong answers shown: 0\/6/);
    expect(text).toMatch(/\| typo \| 1 \| 0\/1 \| 0\/1 \| – \| 0 \|/);
    expect(text).toContain('MISS [literature] "who wrote"');
  });
});
