import type { EvalOutcome, EvalReport, EvalTally } from './evaluate';

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : `${part}/${whole}`);

function toRow(name: string, tally: EvalTally): string {
  const cells = [
    name,
    String(tally.total),
    ratio(tally.top1, tally.expected),
    ratio(tally.top3, tally.expected),
    ratio(tally.noneCorrect, tally.noneTotal),
    String(tally.wrongShown),
  ];
  return `| ${cells.join(' | ')} |`;
}

function wantedBy(miss: EvalOutcome): string {
  const { question } = miss;
  switch (question.form) {
    case 'answer':
      return `a fact with one of ${JSON.stringify(question.expect)}`;
    case 'literature':
      return `a source titled with one of ${JSON.stringify(question.source)} among the first 3 to read`;
    case 'comparison':
      return `a fact for every side of ${JSON.stringify(question.expectEach)}`;
    case 'none':
      return 'no answer';
  }
}

function describeMiss(miss: EvalOutcome): string[] {
  const got = [...miss.answered.map((a) => `  got ${a}`), ...miss.reading.map((r) => `  read ${r}`)];
  return ['', `MISS [${miss.question.kind}] ${JSON.stringify(miss.question.q)}: wanted ${wantedBy(miss)}`, ...(got.length ? got : ['  got no answer'])];
}

/**
 * The report as the eval command prints it: overall figures, a table by kind, then every miss.
 * Top-1/top-3 count questions that expect an answer; a literature question's rank is its first
 * right source; a comparison counts as top-1 and top-3 when every side has a fact.
 */
export function formatReport(report: EvalReport): string {
  const lines = [
    `questions: ${report.total}`,
    `top-1: ${report.top1}/${report.expected} (${percent(report.top1, report.expected)})`,
    `top-3: ${report.top3}/${report.expected} (${percent(report.top3, report.expected)})`,
    `no answer where none exists: ${report.noneCorrect}/${report.noneTotal} (${percent(report.noneCorrect, report.noneTotal)})`,
    `wrong answers shown: ${report.wrongShown}/${report.total} (${percent(report.wrongShown, report.total)})`,
    '',
    '| kind | questions | top-1 | top-3 | no answer | wrong shown |',
    '|---|---|---|---|---|---|',
    ...Object.entries(report.byKind).map(([kind, tally]) => toRow(kind, tally)),
    toRow('all', report),
  ];
  return [...lines, ...report.misses.flatMap(describeMiss)].join('\n');
}
