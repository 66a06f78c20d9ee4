import * as z from 'zod';
import { UserError } from '../user-error';

const text = z.string().min(1);
const kind = text.optional();

// `kind` is free text ("who-is", "typo", "none-out-of-period" …) that the report counts by; the
// other fields decide how the question is scored.
const literatureForm = z.object({ q: text, kind, source: z.array(text).min(1) });
const comparisonForm = z.object({ q: text, kind, expectEach: z.array(z.array(text).min(1)).min(2) });
const noneForm = z.object({ q: text, kind, none: z.literal(true) });
const answerForm = z.object({ q: text, kind, expect: z.array(text).min(1) });

/**
 * One question of an evaluation set, with what would count as right: `form` says how it is scored
 * (a fact, a source to read, a fact for every side, or nothing at all).
 */
export type EvalQuestion =
  | { q: string; kind: string; form: 'answer'; expect: string[] }
  | { q: string; kind: string; form: 'literature'; source: string[] }
  | { q: string; kind: string; form: 'comparison'; expectEach: string[][] }
  | { q: string; kind: string; form: 'none' };

// Tried in this order: a line is the first form it fits.
function toQuestion(value: unknown): EvalQuestion | undefined {
  const literature = literatureForm.safeParse(value);
  if (literature.success) return { ...literature.data, kind: literature.data.kind ?? 'literature', form: 'literature' };
  const comparison = comparisonForm.safeParse(value);
  if (comparison.success) return { ...comparison.data, kind: comparison.data.kind ?? 'comparison', form: 'comparison' };
  const none = noneForm.safeParse(value);
  if (none.success) return { q: none.data.q, kind: none.data.kind ?? 'none', form: 'none' };
  const answer = answerForm.safeParse(value);
  if (answer.success) return { ...answer.data, kind: answer.data.kind ?? 'answer', form: 'answer' };
  return undefined;
}

const FORMS_HELP =
  'expected {"q": "...", "expect": ["..."]}, {"q": "...", "kind": "literature", "source": ["title words"]}, ' +
  '{"q": "...", "kind": "comparison", "expectEach": [["..."], ["..."]]} or {"q": "...", "none": true}, each with an optional "kind"';

/** Reads questions in JSON-lines form; a bad line is named by its number. */
export function parseQuestions(input: string): EvalQuestion[] {
  return input
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let question: EvalQuestion | undefined;
      try {
        question = toQuestion(JSON.parse(line));
      } catch {
        question = undefined;
      }
      if (!question) throw new UserError(`Line ${number} is not a question: ${FORMS_HELP}.`);
      return question;
    });
}
