import { toSourceId } from '../../src/domain/ids';
import type { SourceCitation, SourceFields, SourceKind, SourceRecord, SourceStatus } from '../../src/domain/source';

/** A row of the sources table as SQLite (and PostgreSQL) returns it. */
export interface SourceRow {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  kind: SourceKind;
  notes: string | null;
  status: SourceStatus;
}

/** The citation fields of a source row, as replies show them (`S<id>`, camelCase). */
export function toSourceCitation(row: Pick<SourceRow, 'id' | 'title' | 'author' | 'publisher' | 'published_on' | 'url'>): SourceCitation {
  return { id: toSourceId(row.id), title: row.title, author: row.author, publisher: row.publisher, publishedOn: row.published_on, url: row.url };
}

/** A source row in the interchange form (`S<id>`, camelCase). */
export function toSourceRecord(row: SourceRow): SourceRecord {
  return {
    ...toSourceCitation(row),
    kind: row.kind,
    notes: row.notes,
    status: row.status,
  };
}

/** The editable fields of a source row, key for key as an edit's audit entry keeps them. */
export function toSourceFields(row: Omit<SourceRow, 'id' | 'status'>): SourceFields {
  return {
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    author: row.author,
    publishedOn: row.published_on,
    kind: row.kind,
    notes: row.notes,
  };
}
