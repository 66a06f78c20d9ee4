import type { CatalogueName, EntityTerm, SearchStore } from '../../db/store';
import type { FactBase } from '../fact-base';
import { type EntityResolver, createEntityResolver } from './entity-resolver';
import { STOP_WORDS } from './stop-words';
import { toKey, toWords } from './tokens';

/** The catalogue's authors and publishers as a name vocabulary, with the store that searches the catalogue. */
export interface CatalogueNames {
  store: SearchStore;
  /** Finds author and publisher names in a question, typos included (the entity resolver's machinery). */
  resolver: EntityResolver;
  /** The search keys of every person and publisher name. */
  keys: ReadonlySet<string>;
  /** The publishers' full names, as the resolver's mentions give them. */
  publishers: ReadonlySet<string>;
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

// "United States Institute of Peace" is also USIP, "International Crisis Group" ICG, "Voice of
// America" VOA, "Financial Times" FT: the initials of its words, with and without the small ones.
function acronymsOf(name: string): string[] {
  const words = toWords(name);
  const initials = (of: readonly string[]): string => of.map((word) => word[0]).join('');
  const big = words.filter((word) => !STOP_WORDS.has(word));
  return [...new Set([big.length >= 2 ? initials(big) : '', words.length >= 3 ? initials(words) : ''])].filter(Boolean);
}

// "Radio Free Europe/Radio Liberty" goes by either half, and by its halves' initials: RFE/RL.
function partsOf(name: string): string[] {
  if (!name.includes('/')) return [];
  const parts = name
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
  const initials = parts.map((part) => acronymsOf(part)[0] ?? '');
  return [...parts, ...(initials.every(Boolean) ? [initials.join(' ')] : [])];
}

// "International Crisis Group" is the Crisis Group: a scope word opening a name is often left out.
const withoutScope = (name: string): string[] => (/^international\s+\S+\s+\S+/i.test(name) ? [name.replace(/^international\s+/i, '')] : []);

function surnameOf(name: string): string | null {
  const surname = toWords(name).at(-1) ?? '';
  return surname.length >= MIN_SURNAME_LENGTH && surname !== toKey(name) ? surname : null;
}

// The short names a name goes by: a person's surname; an organisation's initials and halves.
function toTerms(lines: readonly CatalogueName[]): EntityTerm[] {
  const people = lines.filter((line) => line.role === 'author').flatMap((line) => splitAuthors(line.name));
  const publishers = lines.filter((line) => line.role === 'publisher').map((line) => line.name);
  const shortNames = new Map<string, string[]>();
  for (const name of people)
    shortNames.set(
      name,
      [surnameOf(name)].filter((short): short is string => short !== null),
    );
  for (const name of publishers) shortNames.set(name, [...acronymsOf(name), ...partsOf(name), ...withoutScope(name)]);
  return [...shortNames].flatMap(([name, shorts], entityId): EntityTerm[] => [
    { entityId, entity: name, term: name, kind: 'name' },
    ...shorts.map((term): EntityTerm => ({ entityId, entity: name, term, kind: 'alias' })),
  ]);
}

const cache = new WeakMap<FactBase, { version: number; names: CatalogueNames }>();

/** The catalogue's name vocabulary for a base, rebuilt only when a source changes. */
export async function catalogueNamesOf(base: FactBase): Promise<CatalogueNames> {
  const cached = cache.get(base);
  const store = base.search;
  const version = await store.catalogueVersion();
  if (cached?.version === version) return cached.names;
  const lines = await store.catalogueNames();
  const terms = toTerms(lines);
  const names: CatalogueNames = {
    store,
    resolver: createEntityResolver(terms),
    keys: new Set(terms.filter((term) => term.kind === 'name').map((term) => toKey(term.term))),
    publishers: new Set(lines.filter((line) => line.role === 'publisher').map((line) => line.name)),
  };
  cache.set(base, { version, names });
  return names;
}
