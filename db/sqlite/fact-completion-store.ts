import type { Database } from 'better-sqlite3';
import { toIdPrefixRanges, toTypedWords } from '../completion-terms';
import type { FactHint } from '../store';

/** The FTS5 expression for what was typed: its first words in the statement, the last one as a prefix. */
export function toStatementExpression(typed: string): string | undefined {
  const words = toTypedWords(typed);
  if (words.length === 0) return undefined;
  const phrases = words.map(({ word, prefix }) => `"${word}"${prefix ? '*' : ''}`);
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
      for (const [from, to] of toIdPrefixRanges(digits)) {
        if (found.length >= limit) break;
        found.push(...inRange.all(from, to, limit - found.length));
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
