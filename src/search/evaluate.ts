import type { FactBase } from '../fact-base';
import type { FactView, SourceView } from '../reply';
import { askWithReading } from './ask-with-reading';
import type { EvalQuestion } from './eval-questions';
import type { Searcher } from './searcher';

export { type EvalQuestion, parseQuestions } from './eval-questions';

/** What a question got: the answering facts and the further-reading list, best first. */
export interface EvalAnswer {
  answers: FactView[];
  furtherReading: SourceView[];
}

/** How a question fared. */
export interface EvalOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first right answer (or, for literature, right source); 0 if none. */
  rank: number;
  top1: boolean;
  top3: boolean;
  passed: boolean;
  /** Something was shown as the answer and it was wrong (for a no-answer question: anything). */
  wrongShown: boolean;
  answered: string[];
  reading: string[];
}

/** Counts over a group of questions. */
export interface EvalTally {
  total: number;
  /** Questions that expect an answer (a fact, a source or a fact per side). */
  expected: number;
  top1: number;
  top3: number;
  noneTotal: number;
  noneCorrect: number;
  wrongShown: number;
}

export interface EvalReport extends EvalTally {
  byKind: Record<string, EvalTally>;
  misses: EvalOutcome[];
}

const COMPARISON_ANSWERS = 4;
const TOP = 3;

const factText = (fact: FactView): string => `${fact.statement}\n${fact.quote}`;
const holdsOne = (text: string, wanted: readonly string[]): boolean => wanted.some((w) => text.includes(w));
const rankOf = (texts: readonly string[], wanted: readonly string[]): number => texts.findIndex((text) => holdsOne(text, wanted)) + 1;

// A none-question of a literature kind ("none-literature") must not get a reading list either.
const showsSomething = (question: EvalQuestion, got: EvalAnswer): boolean =>
  got.answers.length > 0 || (question.kind.includes('literature') && got.furtherReading.length > 0);

function score(question: EvalQuestion, got: EvalAnswer): Pick<EvalOutcome, 'rank' | 'top1' | 'top3' | 'passed' | 'wrongShown'> {
  const texts = got.answers.map(factText);
  switch (question.form) {
    case 'answer': {
      const rank = rankOf(texts, question.expect);
      return { rank, top1: rank === 1, top3: rank >= 1 && rank <= TOP, passed: rank === 1, wrongShown: texts.length > 0 && rank !== 1 };
    }
    case 'literature': {
      const rank = rankOf(
        got.furtherReading.map((source) => source.title),
        question.source,
      );
      const top3 = rank >= 1 && rank <= TOP;
      return { rank, top1: rank === 1, top3, passed: top3, wrongShown: got.furtherReading.length > 0 && !top3 };
    }
    case 'comparison': {
      const shown = texts.slice(0, COMPARISON_ANSWERS);
      const covered = question.expectEach.every((side) => shown.some((text) => holdsOne(text, side)));
      const topRight = texts.length > 0 && question.expectEach.some((side) => holdsOne(texts[0]!, side));
      return { rank: covered ? 1 : 0, top1: covered, top3: covered, passed: covered, wrongShown: texts.length > 0 && !topRight };
    }
    case 'none': {
      const shown = showsSomething(question, got);
      return { rank: 0, top1: false, top3: false, passed: !shown, wrongShown: shown };
    }
  }
}

function tally(outcomes: readonly EvalOutcome[]): EvalTally {
  const isNone = (o: EvalOutcome): boolean => o.question.form === 'none';
  const count = (test: (o: EvalOutcome) => boolean): number => outcomes.filter(test).length;
  return {
    total: outcomes.length,
    expected: count((o) => !isNone(o)),
    top1: count((o) => !isNone(o) && o.top1),
    top3: count((o) => !isNone(o) && o.top3),
    noneTotal: count(isNone),
    noneCorrect: count((o) => isNone(o) && o.passed),
    wrongShown: count((o) => o.wrongShown),
  };
}

/** Scores answers already obtained for each question (`ask` is called once per question). */
export function scoreQuestions(questions: readonly EvalQuestion[], ask: (question: string) => EvalAnswer): EvalReport {
  const outcomes = questions.map((question): EvalOutcome => {
    const got = ask(question.q);
    return {
      question,
      ...score(question, got),
      answered: got.answers.map((fact) => `${fact.id} ${fact.statement}`),
      reading: got.furtherReading.map((source) => `${source.id} ${source.title}`),
    };
  });
  const kinds = [...new Set(outcomes.map((o) => o.question.kind))].sort();
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, tally(outcomes.filter((o) => o.question.kind === kind))]));
  return { ...tally(outcomes), byKind, misses: outcomes.filter((o) => !o.passed) };
}

/** Asks every question as `brief ask` does (facts and further reading) and scores the answers. */
export async function evaluate(base: FactBase, searcher: Searcher, questions: readonly EvalQuestion[]): Promise<EvalReport> {
  // One question at a time, as readers ask them; a question asked twice gets the same answer.
  const answers = new Map<string, EvalAnswer>();
  for (const { q } of questions) {
    const { result, furtherReading } = await askWithReading(base, searcher, q);
    answers.set(q, { answers: result.answers.map(({ fact }) => fact), furtherReading });
  }
  return scoreQuestions(questions, (question) => answers.get(question)!);
}
