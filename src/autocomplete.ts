import type { Database } from 'better-sqlite3';
import type { OptionSpec } from './command-spec';
import { type FactCompletions, createFactCompletions } from '../db/fact-completion-store';
import { toRowId } from './fields';
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

// One set of prepared statements per open database, made on first use.
const factCompletions = new WeakMap<Database, FactCompletions>();

function factCompletionsOf(db: Database): FactCompletions {
  let completions = factCompletions.get(db);
  if (!completions) factCompletions.set(db, (completions = createFactCompletions(db)));
  return completions;
}

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

// Exact matches first, then names starting with what was typed, then names containing it.
function closeness(key: string, typed: string): number {
  if (key === typed) return 0;
  if (key.startsWith(typed)) return 1;
  return key.includes(typed) ? 2 : 3;
}

function completeEntities(services: CoreServices, typed: string, limit: number): Completion[] {
  const wanted = toKey(typed);
  if (!wanted) return services.base.entities.mostCited(limit).map((name) => ({ name, value: name }));
  const matches = services.searcher
    .entityVocabulary()
    .filter(({ term }) => term.kind !== 'demonym')
    .map(({ term, key }) => ({ term, rank: closeness(key, wanted) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || a.term.term.length - b.term.term.length);
  const typos = services.searcher.suggestEntities(typed, 5).map((entity) => ({ name: entity, value: entity }));
  const found = matches.map(({ term }) => ({ name: term.term === term.entity ? term.entity : `${term.term} → ${term.entity}`, value: term.entity }));
  return [...found, ...typos];
}

function completeSources(services: CoreServices, typed: string): Completion[] {
  const exact = /^s?\d+$/i.test(typed.trim()) ? services.base.sources.get(toRowId(`S${typed.trim().replace(/^s/i, '')}`)) : undefined;
  const listed = services.base.sources.list(typed.trim() || undefined);
  return [...(exact ? [exact] : []), ...listed].map((source) => ({ name: clip(`${source.id} ${source.title}`), value: source.id }));
}

// Ids and id prefixes first (F1 → F1, F10–F19 …), then statements holding the typed words.
function completeFacts(services: CoreServices, typed: string, limit: number): Completion[] {
  const trimmed = typed.trim();
  const completions = factCompletionsOf(services.base.db);
  const digits = /^f?(\d+)$/i.exec(trimmed)?.[1];
  const facts = digits ? completions.byIdPrefix(digits, limit) : completions.byStatementWords(trimmed, limit);
  return facts.map((fact) => ({ name: clip(`F${fact.id} ${fact.statement}`), value: `F${fact.id}` }));
}

/**
 * Completions for what a person has typed into an entity, source or fact option: at most `limit`
 * (the most the asking platform shows), exact matches first, each value short enough for any
 * platform. Only the first MAX_TEXT characters are read, so the work per keystroke is bounded
 * whatever arrives.
 */
export function autocomplete(services: CoreServices, kind: AutocompleteKind, raw: string, limit: number): Completion[] {
  const typed = raw.slice(0, MAX_TEXT);
  const all = kind === 'entity' ? completeEntities(services, typed, limit) : kind === 'source' ? completeSources(services, typed) : completeFacts(services, typed, limit);
  const seen = new Set<string>();
  return all.filter((choice) => !seen.has(choice.name) && seen.add(choice.name)).slice(0, limit);
}
