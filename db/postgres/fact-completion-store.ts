import { toIdPrefixRanges, toTypedWords } from '../completion-terms';
import type { FactHint } from '../store';
import type { SqlDatabase } from './sql-client';

/** What was typed as a search: each word in the statement, the last one as a prefix. */
export interface StatementQuery {
  /** The words typed, letters and digits only, so none can carry tsquery syntax. */
  words: string[];
  /** Each word's tsquery label: in the statement (weight A of the index), the last as a prefix. */
  labels: string[];
}

/** The search for what was typed, or undefined when it holds no word. */
export function toStatementQuery(typed: string): StatementQuery | undefined {
  const words = toTypedWords(typed);
  if (words.length === 0) return undefined;
  return { words: words.map(({ word }) => word), labels: words.map(({ prefix }) => (prefix ? ':*A' : ':A')) };
}

/**
 * Cheap look-ups for fact-id completion: ids starting with typed digits, read as id ranges of the
 * primary key, and facts whose statement holds the typed words, newest first and unranked. Never a
 * full search: a completion runs on every keystroke.
 */
export function createPostgresFactCompletions(db: SqlDatabase) {
  return {
    /** Facts whose id starts with `digits`, shortest ids first, at most `limit`. */
    async byIdPrefix(digits: string, limit: number): Promise<FactHint[]> {
      const found: FactHint[] = [];
      for (const [from, to] of toIdPrefixRanges(digits)) {
        if (found.length >= limit) break;
        const { rows } = await db.query<FactHint>(`SELECT id, statement FROM facts WHERE id BETWEEN $1 AND $2 ORDER BY id LIMIT $3`, [
          from,
          to,
          limit - found.length,
        ]);
        found.push(...rows);
      }
      return found;
    },
    /**
     * Facts whose statement holds the typed words (the last as a prefix), newest first. The query
     * is made first and then passed as a value, so the planner sees how common its words are: for
     * a common pair ("TTP attacks") it reads the newest facts until enough match, for rare words
     * it asks the index. Computed inside the search, the query was unknown when the plan was made,
     * and a query matching nothing read every fact (3 s at a million facts).
     */
    async byStatementWords(typed: string, limit: number): Promise<FactHint[]> {
      const query = toStatementQuery(typed);
      if (!query) return [];
      // Each word goes through search_words as the index's text did, so a short word stays as written.
      const made = await db.query<{ tsquery: string }>(
        `SELECT to_tsquery('briefbot', string_agg(search_words(t.word) || t.label, ' & '))::text AS tsquery
           FROM unnest($1::text[], $2::text[]) AS t(word, label)`,
        [query.words, query.labels],
      );
      const { rows } = await db.query<FactHint>(
        `SELECT f.id, f.statement FROM facts_fts x JOIN facts f ON f.id = x.fact_id
          WHERE x.document @@ $1::tsquery ORDER BY x.fact_id DESC LIMIT $2`,
        [made.rows[0]!.tsquery, limit],
      );
      return rows;
    },
  };
}
