import type { Database } from 'better-sqlite3';
import type { CitedFact, FactStatus } from '../../src/domain/fact';
import { toFactId } from '../../src/domain/ids';
import { parseProposal } from './proposal';
import { toSourceCitation } from './source-row';

interface FactViewRow {
  id: number;
  statement: string;
  quote: string;
  period_start: string | null;
  period_end: string | null;
  status: FactStatus;
  source_id: number | null;
  title: string | null;
  author: string | null;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  entities: string;
  proposal: string | null;
  quote_checked: 0 | 1;
}

const FACT_VIEW_SELECT = `
  SELECT f.id, f.statement, f.quote, f.period_start, f.period_end, f.status, f.proposal,
         EXISTS (SELECT 1 FROM source_documents d WHERE d.source_id = f.source_id) AS quote_checked,
         s.id AS source_id, s.title, s.author, s.publisher, s.published_on, s.url,
         (SELECT json_group_array(e.name ORDER BY e.id) FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id
           WHERE fe.fact_id = f.id) AS entities
  FROM facts f LEFT JOIN sources s ON s.id = f.source_id`;

// A suggestion citing a source it proposes shows that source, marked as not yet in the catalogue.
function toSource(row: FactViewRow): CitedFact['source'] {
  if (row.source_id !== null) {
    return toSourceCitation({ ...row, id: row.source_id, title: row.title! });
  }
  const proposed = parseProposal(row.proposal).source!;
  return {
    id: 'proposed',
    title: proposed.title,
    author: proposed.author,
    publisher: proposed.publisher,
    publishedOn: proposed.publishedOn,
    url: proposed.url,
  };
}

function toCitedFact(row: FactViewRow): CitedFact {
  return {
    id: toFactId(row.id),
    statement: row.statement,
    quote: row.quote,
    period: { start: row.period_start, end: row.period_end },
    entities: JSON.parse(row.entities) as string[],
    status: row.status,
    source: toSource(row),
    quoteChecked: row.quote_checked === 1,
  };
}

/** Reads facts as users see them, with their source and entity names, in one query per call. */
export function createFactViews(db: Database) {
  const byIds = db.prepare<[string], FactViewRow>(`${FACT_VIEW_SELECT} WHERE f.id IN (SELECT value FROM json_each(?))`);
  const bySource = db.prepare<[number], FactViewRow>(`${FACT_VIEW_SELECT} WHERE f.source_id = ? ORDER BY f.id`);
  return {
    /** The facts with these row ids, in the order given; unknown ids are skipped. */
    getMany(ids: readonly number[]): CitedFact[] {
      if (ids.length === 0) return [];
      const rows = new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toCitedFact(row)] : [];
      });
    },
    getOne(id: number): CitedFact | undefined {
      const row = byIds.get(JSON.stringify([id]));
      return row ? toCitedFact(row) : undefined;
    },
    /** Every fact citing a source, whatever its status. */
    getBySource(sourceRowId: number): CitedFact[] {
      return bySource.all(sourceRowId).map(toCitedFact);
    },
  };
}

export type FactViews = ReturnType<typeof createFactViews>;
