import { z } from 'zod';
import type { SourceFields } from '../domain/source';
import type { OptionSpec } from '../command-spec';
import { httpUrl, partialIsoDate, plainText } from '../fields';

const KINDS = ['article', 'journal-article', 'paper', 'report', 'news', 'book', 'web'] as const;

/** The options describing a source, shared by `source add` and `source edit`. */
export const sourceFieldOptions: OptionSpec[] = [
  { name: 'title', description: 'Title', type: 'string', required: true },
  { name: 'url', description: 'http(s) address', type: 'string', required: true },
  { name: 'publisher', description: 'Who published it', type: 'string', required: false },
  { name: 'author', description: 'Who wrote it', type: 'string', required: false },
  { name: 'date', description: 'When: 2026, 2026-02 or 2026-02-09', type: 'string', required: false },
  { name: 'kind', description: KINDS.join(', '), type: 'string', required: false },
  { name: 'notes', description: 'Anything a reader should know', type: 'string', required: false },
];

/** Zod shape of those options, all optional so `source edit` can reuse it. */
export const sourceFieldShape = {
  title: plainText(500).optional(),
  url: httpUrl.optional(),
  publisher: plainText(300).optional(),
  author: plainText(300).optional(),
  date: partialIsoDate.optional(),
  kind: z.enum(KINDS, { message: `must be one of ${KINDS.join(', ')}` }).optional(),
  notes: plainText(2000).optional(),
};

export type SourceFieldInput = z.output<z.ZodObject<typeof sourceFieldShape>>;

/** The source's fields with the given changes applied over `current`. */
export function mergeSourceFields(input: SourceFieldInput, current: SourceFields): SourceFields {
  return {
    title: input.title ?? current.title,
    url: input.url ?? current.url,
    publisher: input.publisher ?? current.publisher,
    author: input.author ?? current.author,
    publishedOn: input.date ?? current.publishedOn,
    kind: input.kind ?? current.kind,
    notes: input.notes ?? current.notes,
  };
}
