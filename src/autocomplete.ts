import type { OptionSpec } from './command-spec';
import { toFactId } from './domain/ids';
import { toKey } from './search/tokens';
import type { CoreServices } from './services';

/** What an option completes from the fact base. */
export type AutocompleteKind = NonNullable<OptionSpec['autocomplete']>;

/** One completion: `name` is shown, `value` is what the option receives. */
export interface Completion {
  name: string;
  value: string;
}

/** What is shown per choice, and the most of what was typed that is ever looked at: no platform sends a longer value back. */
export const MAX_TEXT = 100;

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

// Exact matches first, then names starting with what was typed, then names containing it.
function closeness(key: string, typed: string): number {
  if (key === typed) return 0;
  if (key.startsWith(typed)) return 1;
  return key.includes(typed) ? 2 : 3;
}

async function completeEntities(services: CoreServices, typed: string, limit: number): Promise<Completion[]> {
  const wanted = toKey(typed);
  if (!wanted) return (await services.base.entities.mostCited(limit)).map((name) => ({ name, value: name }));
  const matches = (await services.searcher.entityVocabulary())
    .filter(({ term }) => term.kind !== 'demonym')
    .map(({ term, key }) => ({ term, rank: closeness(key, wanted) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || a.term.term.length - b.term.term.length);
  const typos = (await services.searcher.suggestEntities(typed, 5)).map((entity) => ({ name: entity, value: entity }));
  const found = matches.map(({ term }) => ({ name: term.term === term.entity ? term.entity : `${term.term} → ${term.entity}`, value: term.entity }));
  return [...found, ...typos];
}

async function completeSources(services: CoreServices, typed: string): Promise<Completion[]> {
  const exact = /^s?\d+$/i.test(typed.trim()) ? await services.base.sources.get(Number(typed.trim().replace(/^s/i, ''))) : undefined;
  const listed = await services.base.sources.list(typed.trim() || undefined);
  return [...(exact ? [exact] : []), ...listed].map((source) => ({ name: clip(`${source.id} ${source.title}`), value: source.id }));
}

// Ids and id prefixes first (F1 → F1, F10–F19 …), then statements holding the typed words.
async function completeFacts(services: CoreServices, typed: string, limit: number): Promise<Completion[]> {
  const trimmed = typed.trim();
  const completions = services.base.facts;
  const digits = /^f?(\d+)$/i.exec(trimmed)?.[1];
  const facts = await (digits ? completions.byIdPrefix(digits, limit) : completions.byStatementWords(trimmed, limit));
  return facts.map((fact) => ({ name: clip(`${toFactId(fact.id)} ${fact.statement}`), value: toFactId(fact.id) }));
}

/**
 * Completions for what a person has typed into an entity, source or fact option: at most `limit`
 * (the most the asking platform shows), exact matches first, each value short enough for any
 * platform. Only the first MAX_TEXT characters are read, so the work per keystroke is bounded
 * whatever arrives.
 */
export async function autocomplete(services: CoreServices, kind: AutocompleteKind, raw: string, limit: number): Promise<Completion[]> {
  const typed = raw.slice(0, MAX_TEXT);
  const all = await (kind === 'entity'
    ? completeEntities(services, typed, limit)
    : kind === 'source'
      ? completeSources(services, typed)
      : completeFacts(services, typed, limit));
  const seen = new Set<string>();
  return all.filter((choice) => !seen.has(choice.name) && seen.add(choice.name)).slice(0, limit);
}
