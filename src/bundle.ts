import { z } from 'zod';
import { factId, httpUrl, partialIsoDate, plainText, sourceId } from './fields';
import { UserError } from './user-error';

/**
 * The interchange form of a fact base: the seed files, `export --format json` and `import` all use
 * it, so an export imports back exactly.
 */

const periodSchema = z
  .object({ start: partialIsoDate.nullable(), end: partialIsoDate.nullable() })
  .refine((p) => p.start !== null || p.end === null, 'a period with an end needs a start')
  .refine((p) => !p.start || !p.end || p.start.slice(0, p.end.length) <= p.end, 'the period ends before it starts');

export const sourceRecordSchema = z.object({
  id: sourceId,
  title: plainText(500),
  author: plainText(300).nullable(),
  publisher: plainText(300).nullable(),
  publishedOn: partialIsoDate.nullable(),
  url: httpUrl.nullable(),
  kind: z.enum(['article', 'journal-article', 'paper', 'report', 'news', 'book', 'web']),
  notes: plainText(2000).nullable(),
  status: z.enum(['active', 'retracted']).default('active'),
  /** The original document a seed source's quotes come from (a file in shared/sources). */
  document: z.string().optional(),
});

export const entityRecordSchema = z.object({
  name: plainText(200),
  kind: z.enum(['group', 'country', 'region', 'place', 'person', 'organisation']),
  aliases: z.array(plainText(200)).default([]),
  demonyms: z.array(plainText(200)).default([]),
});

export const factRecordSchema = z.object({
  id: factId,
  statement: plainText(1000),
  quote: plainText(2000),
  source: sourceId,
  period: periodSchema,
  entities: z.array(plainText(200)),
  status: z.enum(['active', 'pending', 'retracted', 'rejected']).default('active'),
});

export const bundleSchema = z.object({
  sources: z.array(sourceRecordSchema),
  entities: z.array(entityRecordSchema),
  facts: z.array(factRecordSchema),
});

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type EntityRecord = z.infer<typeof entityRecordSchema>;
export type FactRecord = z.infer<typeof factRecordSchema>;
export type Bundle = z.infer<typeof bundleSchema>;

/**
 * Validates a bundle and its cross-references (each fact's source and entities exist, ids and
 * names are unique). Throws a UserError listing every problem with where it is.
 */
export function parseBundle(input: unknown, origin: string): Bundle {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new UserError(`${origin} is not a valid fact base:\n${problems.slice(0, 20).join('\n')}`, 'invalid-bundle');
  }
  const problems = findReferenceProblems(parsed.data);
  if (problems.length > 0) {
    throw new UserError(`${origin} is not a valid fact base:\n${problems.slice(0, 20).join('\n')}`, 'invalid-bundle');
  }
  return parsed.data;
}

function findReferenceProblems(bundle: Bundle): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  bundle.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) problems.push(`sources.${index}.id: ${source.id} appears twice`);
    sourceIds.add(source.id);
  });
  const vocabulary = new Map<string, string>();
  bundle.entities.forEach((entity, index) => {
    for (const term of [entity.name, ...entity.aliases, ...entity.demonyms]) {
      const owner = vocabulary.get(term.toLowerCase());
      if (owner !== undefined && owner !== entity.name) {
        problems.push(`entities.${index}: "${term}" already names ${owner}`);
      }
      vocabulary.set(term.toLowerCase(), entity.name);
    }
  });
  const entityNames = new Set(bundle.entities.map((entity) => entity.name.toLowerCase()));
  const factIds = new Set<string>();
  bundle.facts.forEach((fact, index) => {
    if (factIds.has(fact.id)) problems.push(`facts.${index}.id: ${fact.id} appears twice`);
    factIds.add(fact.id);
    if (!sourceIds.has(fact.source)) problems.push(`facts.${index}.source: no source ${fact.source}`);
    for (const name of fact.entities) {
      if (!entityNames.has(name.toLowerCase())) problems.push(`facts.${index}.entities: no entity "${name}"`);
    }
  });
  return problems;
}
