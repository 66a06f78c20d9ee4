import { type CatalogueName, type CatalogueStore, createCatalogueStore } from '../../db/catalogue-store';
import type { EntityTerm } from '../../db/entity-store';
import type { FactBase } from '../fact-base';
import { type EntityResolver, createEntityResolver } from './entity-resolver';
import { STOP_WORDS } from './stop-words';
import { toKey, toWords } from './tokens';

/** The catalogue's authors and publishers as a name vocabulary, with the store it came from. */
export interface CatalogueNames {
  store: CatalogueStore;
  /** Finds author and publisher names in a question, typos included (the entity resolver's machinery). */
  resolver: EntityResolver;
  /** The search keys of every person and publisher name. */
  keys: ReadonlySet<string>;
}

// A surname this long is distinctive enough to stand for its author ("Webber"), and long enough
// for the resolver's typo matching to mean something.
const MIN_SURNAME_LENGTH = 5;

/** One author line may name several people: "Beina Xu, Holly Fletcher and Jayshree Bajoria". */
export function splitAuthors(line: string): string[] {
  return line
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

// "United States Institute of Peace" is also USIP, "International Crisis Group" ICG.
function acronymOf(name: string): string | null {
  const words = toWords(name).filter((word) => !STOP_WORDS.has(word));
  return words.length >= 3 ? words.map((word) => word[0]).join('') : null;
}

function surnameOf(name: string): string | null {
  const surname = toWords(name).at(-1) ?? '';
  return surname.length >= MIN_SURNAME_LENGTH && surname !== toKey(name) ? surname : null;
}

// The short names a name goes by: a person's surname, an organisation's initials.
function toTerms(lines: readonly CatalogueName[]): EntityTerm[] {
  const people = lines.filter((line) => line.role === 'author').flatMap((line) => splitAuthors(line.name));
  const publishers = lines.filter((line) => line.role === 'publisher').map((line) => line.name);
  const names = [...new Map([...people.map((name) => [name, surnameOf(name)] as const), ...publishers.map((name) => [name, acronymOf(name)] as const)])];
  return names.flatMap(([name, short], entityId): EntityTerm[] => [
    { entityId, entity: name, term: name, kind: 'name' },
    ...(short ? [{ entityId, entity: name, term: short, kind: 'alias' as const }] : []),
  ]);
}

const cache = new WeakMap<FactBase, { version: number; names: CatalogueNames }>();

/** The catalogue's name vocabulary for a base, rebuilt only when a source changes. */
export function catalogueNamesOf(base: FactBase): CatalogueNames {
  const cached = cache.get(base);
  const store = cached?.names.store ?? createCatalogueStore(base.db);
  const version = store.namesVersion();
  if (cached?.version === version) return cached.names;
  const terms = toTerms(store.listNames());
  const names: CatalogueNames = {
    store,
    resolver: createEntityResolver(terms),
    keys: new Set(terms.filter((term) => term.kind === 'name').map((term) => toKey(term.term))),
  };
  cache.set(base, { version, names });
  return names;
}
