import type { Database } from 'better-sqlite3';
import type { FactHint } from '../store';

// Ids are at most nine digits (src/fields.ts factId), so a prefix extends by at most that many.
const MAX_ID_DIGITS = 9;
const MAX_WORDS = 4;
// A one- or two-letter prefix expands to much of the vocabulary; a whole word does not.
const MIN_PREFIX = 3;

/** The FTS5 expression for what was typed: its first words in the statement, the last one as a prefix. */
export function toStatementExpression(typed: string): string | undefined {
  const words = (typed.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  const phrases = words.map((word, index) => `"${word}"${index === last && word.length >= MIN_PREFIX ? '*' : ''}`);
  return `{statement} : (${phrases.join(' ')})`;
}

/**
 * Cheap look-ups for fact-id completion: ids starting with typed digits, read as rowid ranges
 * (F1 → 1, 10–19, 100–199 …, each an index range), and facts whose statement holds the typed words,
 * newest first and unscored so FTS5 stops at the limit. Never a full search: a completion runs on
 * every keystroke.
 */
export function createFactCompletions(db: Database) {
  const inRange = db.prepare<[number, number, number], FactHint>(`SELECT id, statement FROM facts WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?`);
  const byWords = db.prepare<[string, number], FactHint>(
    `SELECT f.id, f.statement FROM facts_fts JOIN facts f ON f.id = facts_fts.rowid WHERE facts_fts MATCH ? ORDER BY facts_fts.rowid DESC LIMIT ?`,
  );
  return {
    /** Facts whose id starts with `digits`, shortest ids first, at most `limit`. */
    byIdPrefix(digits: string, limit: number): FactHint[] {
      const found: FactHint[] = [];
      // No id starts with 0, and 0's ranges (0–9, 0–99 …) would offer every short id instead.
      if (!/^[1-9]\d*$/.test(digits)) return found;
      const start = Number(digits);
      for (let extra = 0; digits.length + extra <= MAX_ID_DIGITS && found.length < limit; extra++) {
        const scale = 10 ** extra;
        found.push(...inRange.all(start * scale, start * scale + scale - 1, limit - found.length));
      }
      return found;
    },
    /** Facts whose statement holds the typed words (the last as a prefix), newest first. */
    byStatementWords(typed: string, limit: number): FactHint[] {
      const expression = toStatementExpression(typed);
      return expression ? byWords.all(expression, limit) : [];
    },
  };
}
