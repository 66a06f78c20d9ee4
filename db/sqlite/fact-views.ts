import type { Database } from 'better-sqlite3';
import type { CitedFact } from '../../src/domain/fact';
import { type FactViewRow, toCitedFact } from '../fact-rows';

type SqliteFactViewRow = Omit<FactViewRow, 'entities' | 'quote_checked'> & { entities: string; quote_checked: 0 | 1 };

const FACT_VIEW_SELECT = `
  SELECT f.id, f.statement, f.quote, f.period_start, f.period_end, f.status, f.proposal,
         EXISTS (SELECT 1 FROM source_documents d WHERE d.source_id = f.source_id) AS quote_checked,
         s.id AS source_id, s.title, s.author, s.publisher, s.published_on, s.url,
         (SELECT json_group_array(e.name ORDER BY e.id) FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
           WHERE fe.fact_id = f.id) AS entities
  FROM facts f LEFT JOIN sources s ON s.id = f.source_id`;

const toFact = (row: SqliteFactViewRow): CitedFact =>
  toCitedFact({ ...row, entities: JSON.parse(row.entities) as string[], quote_checked: row.quote_checked === 1 });

/** Reads facts as users see them, with their source and entity names, in one query per call. */
export function createFactViews(db: Database) {
  const byIds = db.prepare<[string], SqliteFactViewRow>(`${FACT_VIEW_SELECT} WHERE f.id IN (SELECT value FROM json_each(?))`);
  const bySource = db.prepare<[number], SqliteFactViewRow>(`${FACT_VIEW_SELECT} WHERE f.source_id = ? ORDER BY f.id`);
  return {
    /** The facts with these row ids, in the order given; unknown ids are skipped. */
    getMany(ids: readonly number[]): CitedFact[] {
      if (ids.length === 0) return [];
      const rows = new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toFact(row)] : [];
      });
    },
    getOne(id: number): CitedFact | undefined {
      const row = byIds.get(JSON.stringify([id]));
      return row ? toFact(row) : undefined;
    },
    /** Every fact citing a source, whatever its status. */
    getBySource(sourceRowId: number): CitedFact[] {
      return bySource.all(sourceRowId).map(toFact);
    },
  };
}

export type FactViews = ReturnType<typeof createFactViews>;
