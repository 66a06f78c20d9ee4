import type { SourceRecord } from '../src/bundle';
import type { SourceView } from '../src/reply';

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

/** The citation fields of a source row, as replies show them (`S<id>`, camelCase). */
export function toSourceView(row: Pick<SourceRow, 'id' | 'title' | 'author' | 'publisher' | 'published_on' | 'url'>): SourceView {
  return { id: `S${row.id}`, title: row.title, author: row.author, publisher: row.publisher, publishedOn: row.published_on, url: row.url };
}

/** A source row in the interchange form (`S<id>`, camelCase). */
export function toSourceRecord(row: SourceRow): SourceRecord {
  return {
    ...toSourceView(row),
    kind: row.kind,
    notes: row.notes,
    status: row.status,
  };
}
