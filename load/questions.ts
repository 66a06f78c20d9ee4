import { readFileSync } from 'node:fs';
import * as z from 'zod';

// The project's own question set and the shared development set (beside the repository, as in CI).
const QUESTION_FILES = [new URL('../test/search/questions.jsonl', import.meta.url), new URL('../test/search/dev-questions.jsonl', import.meta.url)];

const line = z.object({ q: z.string().min(1) });

/** Every seed question of both eval sets, in file order: the mix the load test asks. */
export function loadQuestions(): string[] {
  return QUESTION_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((text) => text.trim() !== '')
      .map((text) => line.parse(JSON.parse(text)).q),
  );
}
