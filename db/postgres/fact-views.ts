import type { CitedFact } from '../../src/domain/fact';
import { type FactViewRow, toCitedFact } from '../fact-rows';
import type { SqlSession } from './sql-client';

const FACT_VIEW_SELECT = `
  SELECT f.id, f.statement, f.quote, f.period_start, f.period_end, f.status, f.proposal,
         EXISTS (SELECT 1 FROM source_documents d WHERE d.source_id = f.source_id) AS quote_checked,
         s.id AS source_id, s.title, s.author, s.publisher, s.published_on, s.url,
         ARRAY(SELECT e.name FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
                WHERE fe.fact_id = f.id ORDER BY e.id) AS entities
  FROM facts f LEFT JOIN sources s ON s.id = f.source_id`;

/** The facts with these row ids, in the order given; unknown ids are skipped. Reads on `sql`, a transaction's session or the pool. */
export async function readFacts(sql: Pick<SqlSession, 'query'>, ids: readonly number[]): Promise<CitedFact[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql.query<FactViewRow>(`${FACT_VIEW_SELECT} WHERE f.id = ANY ($1::integer[])`, [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCitedFact(row)] : [];
  });
}

/** Every fact citing a source, whatever its status, oldest first. */
export async function readFactsCiting(sql: Pick<SqlSession, 'query'>, sourceRowId: number): Promise<CitedFact[]> {
  const { rows } = await sql.query<FactViewRow>(`${FACT_VIEW_SELECT} WHERE f.source_id = $1 ORDER BY f.id`, [sourceRowId]);
  return rows.map(toCitedFact);
}
