import type { FoundPassage } from './store';

/** A passage found by a search, as either store's query returns it. */
export interface PassageRow {
  source_id: number;
  start_at: number;
  end_at: number;
  body: string;
  rank: number;
}

export const toFoundPassage = (row: PassageRow): FoundPassage => ({
  sourceId: row.source_id,
  start: row.start_at,
  end: row.end_at,
  text: row.body,
  rank: row.rank,
});
