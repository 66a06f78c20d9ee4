import * as z from 'zod';
import type { Bundle } from './domain/bundle';
import { ENTITY_KINDS, type EntityRecord } from './domain/entity';
import { FACT_STATUSES, type FactRecord } from './domain/fact';
import { endsAfterStart } from './domain/period';
import { SOURCE_KINDS, SOURCE_STATUSES, type SourceRecord } from './domain/source';
import { factId, httpUrl, partialIsoDate, plainText, sourceId } from './fields';
import { UserError } from './user-error';

export type { Bundle, EntityRecord, FactRecord, SourceRecord };

// The zod checks of the interchange form (src/domain/bundle.ts), for files that come from outside.
const periodSchema = z
  .object({ start: partialIsoDate.nullable(), end: partialIsoDate.nullable() })
  .refine((p) => p.start !== null || p.end === null, 'a period with an end needs a start')
  .refine((p) => !p.start || !p.end || endsAfterStart(p.start, p.end), 'the period ends before it starts');

const sourceRecordSchema: z.ZodType<SourceRecord> = z.object({
  id: sourceId,
  title: plainText(500),
  author: plainText(300).nullable(),
  publisher: plainText(300).nullable(),
  publishedOn: partialIsoDate.nullable(),
  url: httpUrl.nullable(),
  kind: z.enum(SOURCE_KINDS),
  notes: plainText(2000).nullable(),
  status: z.enum(SOURCE_STATUSES).default('active'),
  /** The original document a seed source's quotes come from (a file in db/seed/documents). */
  document: z.string().optional(),
});

const entityRecordSchema: z.ZodType<EntityRecord> = z.object({
  name: plainText(200),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(plainText(200)).default([]),
  demonyms: z.array(plainText(200)).default([]),
});

const factRecordSchema: z.ZodType<FactRecord> = z.object({
  id: factId,
  statement: plainText(1000),
  quote: plainText(2000),
  source: sourceId,
  period: periodSchema,
  entities: z.array(plainText(200)),
  status: z.enum(FACT_STATUSES).default('active'),
});

/** Where a problem is, for a person: `facts row 3, quote`. */
function describePath(path: readonly PropertyKey[]): string {
  const [list, index, ...field] = path;
  if (typeof index !== 'number') return String(list ?? 'file');
  return `${String(list)} row ${index + 1}${field.length ? `, ${field.join('.')}` : ''}`;
}

/** Sources and entities a bundle may refer to without holding them (those already in the base). */
export interface KnownReferences {
  sourceIds: ReadonlySet<string>;
  /** Lower-case entity names. */
  entityNames: ReadonlySet<string>;
}

const NOTHING_KNOWN: KnownReferences = { sourceIds: new Set(), entityNames: new Set() };

const listsSchema = z.object({ sources: z.array(z.unknown()), entities: z.array(z.unknown()), facts: z.array(z.unknown()) });

/** The rows that pass the schema, each with its index in the file so later problems name the right row. */
function checkRows<T>(list: string, rows: unknown[], schema: z.ZodType<T>, problems: string[]): { data: T[]; indexes: number[] } {
  const data: T[] = [];
  const indexes: number[] = [];
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      data.push(parsed.data);
      indexes.push(index);
    } else {
      problems.push(...parsed.error.issues.map((issue) => `${describePath([list, index, ...issue.path])}: ${issue.message}`));
    }
  });
  return { data, indexes };
}

/**
 * Validates a bundle row by row and its cross-references, returning every problem with where it
 * is (not only the first), so a person can fix a file in one go.
 */
export function checkBundle(input: unknown, known: KnownReferences = NOTHING_KNOWN): { ok: true; bundle: Bundle } | { ok: false; problems: string[] } {
  const lists = listsSchema.safeParse(input);
  if (!lists.success) return { ok: false, problems: ['the file must hold "sources", "entities" and "facts" lists'] };
  const problems: string[] = [];
  const sources = checkRows('sources', lists.data.sources, sourceRecordSchema, problems);
  const entities = checkRows('entities', lists.data.entities, entityRecordSchema, problems);
  const facts = checkRows('facts', lists.data.facts, factRecordSchema, problems);
  const bundle: Bundle = { sources: sources.data, entities: entities.data, facts: facts.data };
  const rowOf = { sources: sources.indexes, entities: entities.indexes, facts: facts.indexes };
  problems.push(...findReferenceProblems(bundle, known, rowOf));
  return problems.length ? { ok: false, problems } : { ok: true, bundle };
}

/** Like checkBundle, but throws a UserError listing the problems (for files that must be right). */
export function parseBundle(input: unknown, origin: string): Bundle {
  const checked = checkBundle(input);
  if (!checked.ok) {
    throw new UserError(`${origin} is not a valid fact base:\n${checked.problems.slice(0, 20).join('\n')}`, 'invalid-bundle');
  }
  return checked.bundle;
}

function findReferenceProblems(bundle: Bundle, known: KnownReferences, rowOf: Record<'sources' | 'entities' | 'facts', number[]>): string[] {
  const row = (list: keyof typeof rowOf, index: number): number => (rowOf[list][index] ?? index) + 1;
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  bundle.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) problems.push(`sources row ${row('sources', index)}: ${source.id} appears twice`);
    sourceIds.add(source.id);
  });
  const vocabulary = new Map<string, string>();
  bundle.entities.forEach((entity, index) => {
    for (const term of [entity.name, ...entity.aliases, ...entity.demonyms]) {
      const owner = vocabulary.get(term.toLowerCase());
      if (owner !== undefined && owner !== entity.name) {
        problems.push(`entities row ${row('entities', index)}: “${term}” already names ${owner}`);
      }
      vocabulary.set(term.toLowerCase(), entity.name);
    }
  });
  const entityNames = new Set([...known.entityNames, ...bundle.entities.map((entity) => entity.name.toLowerCase())]);
  const factIds = new Set<string>();
  bundle.facts.forEach((fact, index) => {
    if (factIds.has(fact.id)) problems.push(`facts row ${row('facts', index)}: ${fact.id} appears twice`);
    factIds.add(fact.id);
    if (!sourceIds.has(fact.source) && !known.sourceIds.has(fact.source)) problems.push(`facts row ${row('facts', index)}, source: no source ${fact.source}`);
    for (const name of fact.entities) {
      if (!entityNames.has(name.toLowerCase())) problems.push(`facts row ${row('facts', index)}, entities: no entity “${name}”`);
    }
  });
  return problems;
}
