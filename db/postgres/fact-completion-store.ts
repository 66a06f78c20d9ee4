import { toIdPrefixRanges, toTypedWords } from '../completion-terms';
import type { FactHint } from '../store';
import type { SqlDatabase } from './sql-client';

// FTS5 leaves words under three letters unstemmed; PostgreSQL's Porter stems them ("as" and "a" are
// both a). So a short word typed must also be a word of the statement as FTS5 reads it: that word
// itself, or a longer one that stems to it ("one" is on).
const STEMMED_FROM = 3;

/** What was typed as a search: each word in the statement, the last one as a prefix. */
export interface StatementQuery {
  /**
   * The tsquery over the statement (weight A of the index). The words hold letters and digits
   * only, so none can carry tsquery syntax; the `briefbot` configuration stems them as the index was.
   */
  tsquery: string;
  /** Words too short for the stemmer to leave alone, matched whole. */
  shortWords: string[];
}

/** The search for what was typed, or undefined when it holds no word. */
export function toStatementQuery(typed: string): StatementQuery | undefined {
  const words = toTypedWords(typed);
  if (words.length === 0) return undefined;
  return {
    tsquery: words.map(({ word, prefix }) => `${word}:${prefix ? '*' : ''}A`).join(' & '),
    shortWords: words.filter(({ word, prefix }) => !prefix && word.length < STEMMED_FROM).map(({ word }) => word),
  };
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
    /** Facts whose statement holds the typed words (the last as a prefix), newest first. */
    async byStatementWords(typed: string, limit: number): Promise<FactHint[]> {
      const query = toStatementQuery(typed);
      if (!query) return [];
      const { rows } = await db.query<FactHint>(
        `SELECT f.id, f.statement FROM facts_fts x JOIN facts f ON f.id = x.fact_id
          WHERE x.document @@ to_tsquery('briefbot', $1)
            AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) AS w WHERE NOT EXISTS (
                  SELECT 1 FROM regexp_split_to_table(lower(unaccent(search_words(x.statement))), '\\s+') AS t
                   WHERE t = lower(unaccent(w)) OR (length(t) >= ${STEMMED_FROM} AND (ts_lexize('briefbot_stem', t))[1] = lower(unaccent(w)))))
          ORDER BY x.fact_id DESC LIMIT $3`,
        [query.tsquery, query.shortWords, limit],
      );
      return rows;
    },
  };
}
