import { z } from 'zod';
import type { FactContent } from '../../db/fact-writer';
import type { OptionSpec } from '../command-spec';
import { httpUrl, partialIsoDate, plainText, sourceId, toRowId } from '../fields';
import { periodOption } from '../period-option';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';
import { checkQuote } from '../documents/check-quote';
import { passageRef, readPassage } from '../documents/passage-ref';

const ENTITY_KINDS = ['group', 'country', 'region', 'place', 'person', 'organisation'] as const;

/** The options that describe a fact's content, shared by add, suggest and edit. */
export const factContentOptions: OptionSpec[] = [
  { name: 'statement', description: 'The claim in plain words', type: 'string', required: true },
  { name: 'quote', description: 'Verbatim words from the source', type: 'string', required: false },
  { name: 'from', description: 'Quote a stored text instead: S1:start-end', type: 'string', required: false },
  { name: 'source', description: 'An existing source id, e.g. S1', type: 'string', required: false, autocomplete: 'source' },
  { name: 'source-title', description: 'A new source: its title', type: 'string', required: false },
  { name: 'source-url', description: 'A new source: its http(s) address', type: 'string', required: false },
  { name: 'source-publisher', description: 'A new source: who published it', type: 'string', required: false },
  { name: 'source-author', description: 'A new source: who wrote it', type: 'string', required: false },
  { name: 'source-date', description: 'A new source: when, e.g. 2026-02-09', type: 'string', required: false },
  { name: 'period', description: 'When: 2025, 2025-10, 2023..2025, 2023.. or undated', type: 'string', required: false },
  { name: 'entities', description: 'Names or aliases, comma-separated', type: 'string', required: false, autocomplete: 'entity' },
  { name: 'new-entities', description: 'New entities as Name:kind, comma-separated', type: 'string', required: false },
];

/** Zod shape of those options; every field optional so edit can reuse it. */
export const factContentShape = {
  statement: plainText(1000).optional(),
  quote: plainText(2000).optional(),
  from: passageRef.optional(),
  source: sourceId.optional(),
  'source-title': plainText(500).optional(),
  'source-url': httpUrl.optional(),
  'source-publisher': plainText(300).optional(),
  'source-author': plainText(300).optional(),
  'source-date': partialIsoDate.optional(),
  period: periodOption.optional(),
  entities: plainText(1000).optional(),
  'new-entities': plainText(1000).optional(),
};

export type FactContentInput = z.output<z.ZodObject<typeof factContentShape>>;

const splitList = (text: string | undefined): string[] =>
  (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function toNewEntities(text: string | undefined): { name: string; kind: string }[] {
  return splitList(text).map((item) => {
    const [name, kind] = item.split(':').map((part) => part.trim());
    if (!name || !kind || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      throw new UserError(`“new-entities”: write each as Name:kind, with kind one of ${ENTITY_KINDS.join(', ')} (got “${item}”).`, 'invalid-new-entity', 'new-entities');
    }
    return { name, kind };
  });
}

function toSource(input: FactContentInput, services: CoreServices, fallback?: FactContent['source']): FactContent['source'] {
  if (input.source && input['source-title']) {
    throw new UserError('Give either “source” (an existing source id) or “source-title” for a new source, not both.', 'conflicting-options', 'source');
  }
  if (input.source) {
    const found = services.base.sources.get(toRowId(input.source));
    if (!found) throw new UserError(`There is no source ${input.source}. /brief sources lists them; or describe a new one with --source-title and --source-url.`, 'unknown-source', 'source');
    if (found.status === 'retracted') throw new UserError(`Source ${input.source} is retracted; cite another source.`, 'retracted-source', 'source');
    return { id: toRowId(input.source) };
  }
  if (input['source-title']) {
    if (!input['source-url']) throw new UserError('A new source needs “source-url” (an http:// or https:// address) as well as its title.', 'no-source-url', 'source-url');
    return {
      create: {
        title: input['source-title'],
        url: input['source-url'],
        publisher: input['source-publisher'] ?? null,
        author: input['source-author'] ?? null,
        publishedOn: input['source-date'] ?? null,
      },
    };
  }
  if (fallback) return fallback;
  throw new UserError('A fact needs a source: give --source S1 (an existing source) or --source-title and --source-url for a new one.', 'no-source', 'source');
}

function toEntityIds(names: string[], newEntities: { name: string }[], services: CoreServices): number[] {
  const unknown: string[] = [];
  const ids = new Set<number>();
  for (const name of names) {
    const entity = services.searcher.findEntity(name);
    if (entity) ids.add(entity.id);
    else if (!newEntities.some((created) => created.name.toLowerCase() === name.toLowerCase())) unknown.push(name);
  }
  if (unknown.length > 0) {
    const hints = unknown.map((name) => {
      const close = services.searcher.suggestEntities(name, 3);
      return `“${name}”${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`;
    });
    throw new UserError(
      `Unknown entities: ${hints.join('; ')}. To add one as new, repeat with --new-entities "Name:kind" (kind: ${ENTITY_KINDS.join(', ')}).`,
      'unknown-entity',
      'entities',
    );
  }
  return [...ids];
}

// `--from S1:start-end` takes the quote (and the source) from a stored text.
function toPassageQuote(input: FactContentInput, services: CoreServices): string | undefined {
  if (!input.from) return undefined;
  if (input.quote) throw new UserError('Give either --quote or --from S1:start-end (the quote taken from the stored text), not both.', 'conflicting-options', 'quote');
  if (input['source-title'] || (input.source && input.source.toUpperCase() !== `S${input.from.sourceId}`)) {
    throw new UserError(`--from ${`S${input.from.sourceId}`}:… already names the source; leave out --source and --source-title.`, 'conflicting-options', 'from');
  }
  return readPassage(services.base.documents, input.from);
}

/**
 * Turns validated options into fact content, checking that the source and entities exist.
 * `current` fills whatever the options leave out (for edits).
 */
export function toFactContent(input: FactContentInput, services: CoreServices, current?: FactContent): FactContent {
  const statement = input.statement ?? current?.statement;
  const fromPassage = toPassageQuote(input, services);
  const quote = fromPassage ?? input.quote ?? current?.quote;
  if (!statement) throw new UserError('“statement” is required: the claim in plain words.', 'invalid-options', 'statement');
  if (!quote) throw new UserError('“quote” is required: the verbatim words from the source the claim rests on (or --from S1:start-end to take them from a stored text).', 'invalid-options', 'quote');
  const newEntities = toNewEntities(input['new-entities']);
  for (const created of newEntities) {
    if (services.searcher.findEntity(created.name)) throw new UserError(`“${created.name}” already exists; list it under “entities” instead.`, 'entity-exists', 'new-entities');
  }
  const entitiesGiven = input.entities !== undefined || input['new-entities'] !== undefined;
  const entityNames = entitiesGiven ? splitList(input.entities) : null;
  const source = toSource(input.from ? { ...input, source: `S${input.from.sourceId}` } : input, services, current?.source);
  if ('id' in source) checkQuote(services.base.documents, source.id, quote);
  return {
    statement,
    quote,
    source,
    periodStart: input.period ? input.period.start : (current?.periodStart ?? null),
    periodEnd: input.period ? input.period.end : (current?.periodEnd ?? null),
    entityIds: entityNames ? toEntityIds(entityNames, newEntities, services) : (current?.entityIds ?? []),
    newEntities: entitiesGiven ? newEntities : (current?.newEntities ?? []),
  };
}
