import { type PassageRow, toFoundPassage } from '../passage-row';
import type { FoundPassage, MatchExpression } from '../store';
import type { SqlDatabase } from './sql-client';
import { toTsquery } from './tsquery';

/** Searches the passages of stored documents (document_passages.document), of active sources only. */
export function createPassageSearch(db: SqlDatabase) {
  /** Passages matching an expression, best first (lower rank), of active sources (of one source when given). */
  return async (expression: MatchExpression, limit: number, sourceId: number | null = null): Promise<FoundPassage[]> => {
    const query = toTsquery(expression, 3);
    const { rows } = await db.query<PassageRow>(
      `SELECT p.source_id, p.start_at, p.end_at, p.body, -ts_rank(p.document, ${query.sql}) AS rank
         FROM document_passages p JOIN sources s ON s.id = p.source_id AND s.status = 'active'
        WHERE p.document @@ ${query.sql} AND ($2::integer IS NULL OR p.source_id = $2)
        ORDER BY rank, p.id LIMIT $1`,
      [limit, sourceId, ...query.params],
    );
    return rows.map(toFoundPassage);
  };
}
