import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { type Bundle, checkBundle } from '../bundle';
import type { CoreServices } from '../services';
import { restoreCell } from './csv-cells';
import { describeQuoteProblem } from '../documents/check-quote';
import { UserError } from '../user-error';
import { toFactId, toRowId } from '../domain/ids';

/** The columns of a facts CSV, as `export --format csv` writes them. */
export const CSV_COLUMNS = ['id', 'statement', 'quote', 'source', 'period_start', 'period_end', 'entities', 'status'] as const;

const MAX_PROBLEMS_SHOWN = 30;

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read ${path}: ${(error as Error).message}.`, 'unreadable-file');
  }
}

// A CSV holds facts only; they cite sources and name entities already in the base. A row
// without an id gets the next free one.
function csvToBundle(text: string, nextFactId: number): unknown {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, cast: (value: string) => restoreCell(value) }) as Record<string, string>[];
  } catch (error) {
    throw new UserError(`The CSV cannot be read: ${(error as Error).message}`, 'invalid-csv');
  }
  const missing = CSV_COLUMNS.filter((column) => column !== 'id' && column !== 'status' && rows[0] && !(column in rows[0]));
  if (missing.length) throw new UserError(`The CSV lacks the column(s) ${missing.join(', ')}; its header must be ${CSV_COLUMNS.join(',')}.`);
  let next = nextFactId;
  const facts = rows.map((row) => ({
    id: row.id || toFactId(next++),
    statement: row.statement,
    quote: row.quote,
    source: row.source,
    period: { start: row.period_start || null, end: row.period_end || null },
    entities: (row.entities ?? '')
      .split(';')
      .map((name) => name.trim())
      .filter(Boolean),
    ...(row.status ? { status: row.status } : {}),
  }));
  return { sources: [], entities: [], facts };
}

async function readBundleInput(path: string, services: CoreServices): Promise<unknown> {
  const text = readText(path);
  const format = extname(path).toLowerCase();
  if (format === '.csv') return csvToBundle(text, await services.base.bundles.nextFactId());
  if (format !== '.json') throw new UserError(`Import reads .json (a whole base, as export writes it) or .csv (facts); ${path} is neither.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path} is not valid JSON: ${(error as Error).message}.`, 'invalid-json');
  }
}

// Names and aliases are one vocabulary: an imported entity may not take a word that already names
// another entity in the base (the database would refuse it with no row to point at).
async function findVocabularyClashes(bundle: Bundle, services: CoreServices): Promise<string[]> {
  const owners = new Map((await services.base.entities.listTerms()).map((term) => [term.term.toLowerCase(), term.entity]));
  return bundle.entities.flatMap((entity, index) =>
    [entity.name, ...entity.aliases, ...entity.demonyms].flatMap((term) => {
      const owner = owners.get(term.toLowerCase());
      return owner !== undefined && owner.toLowerCase() !== entity.name.toLowerCase()
        ? [`entities row ${index + 1}: “${term}” already names ${owner} in the base; drop it from ${entity.name} or remove it there first (/alias remove)`]
        : [];
    }),
  );
}

// Rows that clash with the base: a fact id already taken, a source id that is another source, a
// name or alias that already names another entity.
async function findClashes(bundle: Bundle, services: CoreServices): Promise<string[]> {
  const factRowIds = bundle.facts.map((fact) => toRowId(fact.id));
  const taken = new Set(await services.base.bundles.takenFactIds(factRowIds));
  const titles = await services.base.bundles.existingSourceTitles(bundle.sources.map((source) => toRowId(source.id)));
  const vocabularyClashes = await findVocabularyClashes(bundle, services);
  const quoteProblems = await Promise.all(bundle.facts.map((fact) => describeQuoteProblem(services.base, toRowId(fact.source), fact.quote)));
  return [
    ...bundle.facts.flatMap((fact, index) => (taken.has(factRowIds[index]!) ? [`facts row ${index + 1}: ${fact.id} already exists in the base`] : [])),
    ...bundle.sources.flatMap((source, index) => {
      const title = titles.get(toRowId(source.id));
      return title !== undefined && title !== source.title ? [`sources row ${index + 1}: ${source.id} is already “${title}” in the base`] : [];
    }),
    ...vocabularyClashes,
    ...bundle.facts.flatMap((fact, index) => {
      const problem = quoteProblems[index];
      return problem ? [`facts row ${index + 1}: the quote of ${fact.id} was ${problem}`] : [];
    }),
  ];
}

function refusal(path: string, problems: string[]): UserError {
  const more = problems.length > MAX_PROBLEMS_SHOWN ? `\n… and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
  const listed = problems.slice(0, MAX_PROBLEMS_SHOWN).join('\n');
  return new UserError(`Nothing was imported: ${problems.length} problem(s) in ${path}:\n${listed}${more}`, 'invalid-import');
}

/**
 * Reads and checks an import file against the base: every row is validated first and the file is
 * refused whole, each bad row named with its reason, if any row is wrong.
 */
export async function readImport(path: string, services: CoreServices): Promise<Bundle> {
  const [sources, terms] = await Promise.all([services.base.sources.list(), services.base.entities.listTerms()]);
  const known = {
    sourceIds: new Set(sources.map((source) => source.id)),
    entityNames: new Set(terms.filter((t) => t.kind !== 'demonym').map((t) => t.term.toLowerCase())),
  };
  const checked = checkBundle(await readBundleInput(path, services), known);
  if (!checked.ok) throw refusal(path, checked.problems);
  const { bundle } = checked;
  const clashes = await findClashes(bundle, services);
  if (clashes.length > 0) throw refusal(path, clashes);
  // Facts may name entities by alias; the base links them by the entity's own name.
  const canonical = async (name: string): Promise<string> => (await services.searcher.findEntity(name))?.name ?? name;
  const facts = await Promise.all(bundle.facts.map(async (fact) => ({ ...fact, entities: await Promise.all(fact.entities.map(canonical)) })));
  return { ...bundle, facts };
}
