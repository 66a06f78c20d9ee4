import * as z from 'zod';
import type { SourceFields } from '../domain/source';
import { httpUrl, partialIsoDate, plainText } from '../fields';
import { option } from '../option-meta';

const KINDS = ['article', 'journal-article', 'paper', 'report', 'news', 'book', 'web'] as const;

/**
 * The options describing a source, as `source add` takes them (title and url required);
 * `source edit` takes each as an optional change (`sourceFieldChanges`).
 */
export const sourceFieldShape = {
  title: option(plainText(500), { description: 'Title', missing: 'the title of the work' }),
  url: option(httpUrl, { description: 'http(s) address', missing: 'an http:// or https:// address where readers find the source' }),
  publisher: option(plainText(300).optional(), { description: 'Who published it' }),
  author: option(plainText(300).optional(), { description: 'Who wrote it' }),
  date: option(partialIsoDate.optional(), { description: 'When: 2026, 2026-02 or 2026-02-09' }),
  kind: option(z.enum(KINDS, { message: `must be one of ${KINDS.join(', ')}` }).optional(), { description: KINDS.join(', ') }),
  notes: option(plainText(2000).optional(), { description: 'Anything a reader should know' }),
};

/** The same options, each optional, for `source edit`. */
export const sourceFieldChanges = z.object(sourceFieldShape).partial().shape;

export type SourceFieldInput = z.output<z.ZodObject<typeof sourceFieldChanges>>;

/** `source edit`'s rule between its options, as a zod refinement: at least one field changes. */
export function checkSourceChanges(input: SourceFieldInput, context: z.RefinementCtx): void {
  if (Object.keys(sourceFieldShape).every((field) => input[field as keyof SourceFieldInput] === undefined)) {
    context.addIssue({
      code: 'custom',
      message: 'Nothing to change: give at least one of --title, --url, --publisher, --author, --date, --kind, --notes.',
      path: [],
    });
  }
}

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
