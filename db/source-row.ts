import type { SourceRecord } from '../src/bundle';

/** A row of the sources table as SQLite returns it. */
export interface SourceRow {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  kind: SourceRecord['kind'];
  notes: string | null;
  status: SourceRecord['status'];
}

/** A source row in the interchange form (`S<id>`, camelCase). */
export function toSourceRecord(row: SourceRow): SourceRecord {
  return {
    id: `S${row.id}`,
    title: row.title,
    author: row.author,
    publisher: row.publisher,
    publishedOn: row.published_on,
    url: row.url,
    kind: row.kind,
    notes: row.notes,
    status: row.status,
  };
}
