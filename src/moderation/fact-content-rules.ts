import type { z } from 'zod';
import type { FactContentInput } from './fact-content';

// A rule between options: the refusal when the options break it (with the option a form shows it
// under), nothing when they keep it.
type Rule = (input: FactContentInput) => { message: string; field?: keyof FactContentInput } | undefined;

const quoteOrPassage: Rule = (input) =>
  input.from && input.quote
    ? { message: 'Give either --quote or --from S1:start-end (the quote taken from the stored text), not both.', field: 'quote' }
    : undefined;

const passageNamesTheSource: Rule = (input) =>
  input.from && (input['source-title'] || (input.source && input.source !== `S${input.from.sourceId}`))
    ? { message: `--from S${input.from.sourceId}:… already names the source; leave out --source and --source-title.`, field: 'from' }
    : undefined;

const oneSource: Rule = (input) =>
  !input.from && input.source && input['source-title']
    ? { message: 'Give either “source” (an existing source id) or “source-title” for a new source, not both.', field: 'source' }
    : undefined;

const newSourceAddress: Rule = (input) =>
  !input.from && !input.source && input['source-title'] && !input['source-url']
    ? { message: 'A new source needs “source-url” (an http:// or https:// address) as well as its title.', field: 'source-url' }
    : undefined;

const CONTENT_FIELDS = [
  'statement',
  'quote',
  'from',
  'source',
  'source-title',
  'source-url',
  'source-publisher',
  'source-author',
  'source-date',
  'period',
  'entities',
  'new-entities',
] as const satisfies readonly (keyof FactContentInput)[];

const somethingToChange: Rule = (input) =>
  CONTENT_FIELDS.every((field) => input[field] === undefined)
    ? { message: 'Nothing to change: give at least one of --statement, --quote, --source, --period, --entities.' }
    : undefined;

// Only the first broken rule is reported: a later one often follows from it (a passage and a new
// source title also lack the new source's address).
function refineWith(rules: readonly Rule[]) {
  return (input: FactContentInput, context: z.RefinementCtx): void => {
    const refusal = rules.map((rule) => rule(input)).find((broken) => broken !== undefined);
    // The path stays empty, as the rule is about the whole input; the option at fault travels beside it.
    if (refusal) context.addIssue({ code: 'custom', message: refusal.message, path: [], ...(refusal.field ? { params: { field: refusal.field } } : {}) });
  };
}

const SOURCE_RULES = [quoteOrPassage, passageNamesTheSource, oneSource, newSourceAddress];

/** The rules between the options of a new fact (`fact add`, `fact suggest`), as a zod refinement. */
export const checkNewFact = refineWith(SOURCE_RULES);

/** The rules between the options of `fact edit`: something to change, and the same rules as a new fact. */
export const checkFactChanges = refineWith([somethingToChange, ...SOURCE_RULES]);
