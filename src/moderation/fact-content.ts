import * as z from 'zod';
import type { FactContent } from '../domain/fact';
import { ENTITY_KINDS } from '../domain/entity';
import { toRowId, toSourceId } from '../domain/ids';
import { httpUrl, partialIsoDate, plainText, sourceId } from '../fields';
import { option } from '../option-meta';
import { periodOption } from '../period-option';
import type { CoreServices } from '../services';
import { UserError } from '../user-error';
import { checkQuote } from '../documents/check-quote';
import { passageRef, readPassage } from '../documents/passage-ref';

/**
 * The options that describe a fact's content, as `fact add` and `fact suggest` take them (a
 * statement required); `fact edit` takes each as an optional change (`factContentChanges`).
 */
export const factContentShape = {
  statement: option(plainText(1000), { description: 'The claim in plain words', missing: 'the claim in plain words' }),
  quote: option(plainText(2000).optional(), { description: 'Verbatim words from the source' }),
  from: option(passageRef.optional(), { description: 'Quote a stored text instead: S1:start-end' }),
  source: option(sourceId.optional(), { description: 'An existing source id, e.g. S1', autocomplete: 'source' }),
  'source-title': option(plainText(500).optional(), { description: 'A new source: its title' }),
  'source-url': option(httpUrl.optional(), { description: 'A new source: its http(s) address' }),
  'source-publisher': option(plainText(300).optional(), { description: 'A new source: who published it' }),
  'source-author': option(plainText(300).optional(), { description: 'A new source: who wrote it' }),
  'source-date': option(partialIsoDate.optional(), { description: 'A new source: when, e.g. 2026-02-09' }),
  period: option(periodOption.optional(), { description: 'When: 2025, 2025-10, 2023..2025, 2023.. or undated' }),
  entities: option(plainText(1000).optional(), { description: 'Names or aliases, comma-separated', autocomplete: 'entity' }),
  'new-entities': option(plainText(1000).optional(), { description: 'New entities as Name:kind, comma-separated' }),
};

/** The same options, each optional, for `fact edit`. */
export const factContentChanges = z.object(factContentShape).partial().shape;

export type FactContentInput = z.output<z.ZodObject<typeof factContentChanges>>;

const splitList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function toNewEntities(text: string | undefined): { name: string; kind: string }[] {
  return splitList(text).map((item) => {
    const [name, kind] = item.split(':').map((part) => part.trim());
    if (!name || !kind || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      throw new UserError(
        `“new-entities”: write each as Name:kind, with kind one of ${ENTITY_KINDS.join(', ')} (got “${item}”).`,
        'invalid-new-entity',
        'new-entities',
      );
    }
    return { name, kind };
  });
}

// The rules between source options (checkNewFact, checkFactChanges) have held: one way of naming it at most.
async function toSource(input: FactContentInput, services: CoreServices, fallback?: FactContent['source']): Promise<FactContent['source']> {
  if (input.source) {
    const found = await services.base.sources.get(toRowId(input.source));
    if (!found)
      throw new UserError(
        `There is no source ${input.source}. /brief sources lists them; or describe a new one with --source-title and --source-url.`,
        'unknown-source',
        'source',
      );
    if (found.status === 'retracted') throw new UserError(`Source ${input.source} is retracted; cite another source.`, 'retracted-source', 'source');
    return { id: toRowId(input.source) };
  }
  if (input['source-title'] && input['source-url']) {
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

async function toEntityIds(names: string[], newEntities: { name: string }[], services: CoreServices): Promise<number[]> {
  const unknown: string[] = [];
  const ids = new Set<number>();
  for (const name of names) {
    const entity = await services.searcher.findEntity(name);
    if (entity) ids.add(entity.id);
    else if (!newEntities.some((created) => created.name.toLowerCase() === name.toLowerCase())) unknown.push(name);
  }
  if (unknown.length > 0) {
    const hints = await Promise.all(
      unknown.map(async (name) => {
        const close = await services.searcher.suggestEntities(name, 3);
        return `“${name}”${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`;
      }),
    );
    throw new UserError(
      `Unknown entities: ${hints.join('; ')}. To add one as new, repeat with --new-entities "Name:kind" (kind: ${ENTITY_KINDS.join(', ')}).`,
      'unknown-entity',
      'entities',
    );
  }
  return [...ids];
}

/**
 * Turns validated options into fact content, checking that the source and entities exist. A new
 * fact's options hold a statement; an edit's `current` fills whatever its options leave out.
 * `--from S1:start-end` takes the quote (and the source) from a stored text.
 */
export async function toFactContent(input: FactContentInput & { statement: string }, services: CoreServices): Promise<FactContent>;
export async function toFactContent(input: FactContentInput, services: CoreServices, current: FactContent): Promise<FactContent>;
export async function toFactContent(input: FactContentInput, services: CoreServices, current?: FactContent): Promise<FactContent> {
  // The overloads guarantee one of the two.
  const statement = (input.statement ?? current?.statement)!;
  const fromPassage = input.from ? await readPassage(services.base, input.from) : undefined;
  const quote = fromPassage ?? input.quote ?? current?.quote;
  if (!quote)
    throw new UserError(
      '“quote” is required: the verbatim words from the source the claim rests on (or --from S1:start-end to take them from a stored text).',
      'invalid-options',
      'quote',
    );
  const newEntities = toNewEntities(input['new-entities']);
  for (const created of newEntities) {
    if (await services.searcher.findEntity(created.name))
      throw new UserError(`“${created.name}” already exists; list it under “entities” instead.`, 'entity-exists', 'new-entities');
  }
  const entitiesGiven = input.entities !== undefined || input['new-entities'] !== undefined;
  const entityNames = entitiesGiven ? splitList(input.entities) : null;
  const source = await toSource(input.from ? { ...input, source: toSourceId(input.from.sourceId) } : input, services, current?.source);
  if ('id' in source) await checkQuote(services.base, source.id, quote);
  const entityIds = entityNames ? await toEntityIds(entityNames, newEntities, services) : (current?.entityIds ?? []);
  return {
    statement,
    quote,
    source,
    periodStart: input.period ? input.period.start : (current?.periodStart ?? null),
    periodEnd: input.period ? input.period.end : (current?.periodEnd ?? null),
    entityIds,
    newEntities: entitiesGiven ? newEntities : (current?.newEntities ?? []),
  };
}
