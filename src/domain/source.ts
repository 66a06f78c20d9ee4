/** What kind of publication a source is. */
export const SOURCE_KINDS = ['article', 'journal-article', 'paper', 'report', 'news', 'book', 'web'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source is cited while active; a retracted one flags the facts citing it for review. */
export const SOURCE_STATUSES = ['active', 'retracted'] as const;

export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Who published a source, when and where, with its public id (`S3`, or `proposed` for a suggestion's own). */
export interface SourceCitation {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
}

/** A source in the interchange form (seed files, export, import). */
export interface SourceRecord extends SourceCitation {
  kind: SourceKind;
  notes: string | null;
  status: SourceStatus;
  /** The original document a seed source's quotes come from (a file in db/seed/documents). */
  document?: string | undefined;
}

/** A source's editable fields. */
export interface SourceFields {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
  kind: string;
  notes: string | null;
}

/** A source written together with the fact that first cites it. */
export interface NewSource {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
}
