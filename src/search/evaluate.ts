import { z } from 'zod';
import { UserError } from '../user-error';
import type { Searcher } from './searcher';

const questionSchema = z.union([
  z.object({ q: z.string().min(1), expect: z.array(z.string().min(1)).min(1) }),
  z.object({ q: z.string().min(1), none: z.literal(true) }),
]);

export type EvalQuestion = z.infer<typeof questionSchema>;

/** How a question fared: where its expected text first appeared among the answers. */
export interface EvalOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first answer containing an expected text; 0 if none. */
  rank: number;
  answered: string[];
  passed: boolean;
}

export interface EvalReport {
  total: number;
  top1: number;
  top3: number;
  expected: number;
  noneTotal: number;
  noneCorrect: number;
  misses: EvalOutcome[];
}

/** Reads questions in the development set's JSON-lines form; a bad line is named by its number. */
export function parseQuestions(text: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      try {
        return questionSchema.parse(JSON.parse(line));
      } catch {
        throw new UserError(`Line ${number} is not a question: expected {"q": "...", "expect": ["..."]} or {"q": "...", "none": true}.`);
      }
    });
}

/** Asks every question and scores the answers: top-1, top-3, and "no answer" where none is right. */
export function evaluate(searcher: Searcher, questions: readonly EvalQuestion[]): EvalReport {
  const outcomes = questions.map((question): EvalOutcome => {
    const { answers } = searcher.ask(question.q);
    const texts = answers.map(({ fact }) => `${fact.statement}\n${fact.quote}`);
    const answered = answers.map(({ fact }) => `${fact.id} ${fact.statement}`);
    if ('none' in question) return { question, rank: 0, answered, passed: answers.length === 0 };
    const rank = texts.findIndex((text) => question.expect.some((expected) => text.includes(expected))) + 1;
    return { question, rank, answered, passed: rank === 1 };
  });
  const expecting = outcomes.filter((o) => !('none' in o.question));
  const none = outcomes.filter((o) => 'none' in o.question);
  return {
    total: outcomes.length,
    top1: expecting.filter((o) => o.rank === 1).length,
    top3: expecting.filter((o) => o.rank >= 1 && o.rank <= 3).length,
    expected: expecting.length,
    noneTotal: none.length,
    noneCorrect: none.filter((o) => o.passed).length,
    misses: outcomes.filter((o) => !o.passed),
  };
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

/** The report as the eval command prints it. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `questions: ${report.total}`,
    `top-1: ${report.top1}/${report.expected} (${percent(report.top1, report.expected)})`,
    `top-3: ${report.top3}/${report.expected} (${percent(report.top3, report.expected)})`,
    `no answer where none exists: ${report.noneCorrect}/${report.noneTotal}`,
  ];
  for (const miss of report.misses) {
    const wanted = 'none' in miss.question ? 'no answer' : `one of ${JSON.stringify(miss.question.expect)}`;
    lines.push('', `MISS ${JSON.stringify(miss.question.q)}: wanted ${wanted}`, ...(miss.answered.length ? miss.answered.map((a) => `  got ${a}`) : ['  got no answer']));
  }
  return lines.join('\n');
}
