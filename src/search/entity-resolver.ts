import Fuse from 'fuse.js';
import type { EntityTerm } from '../../db/store';
import { isEveryday } from './lexicon/everyday';
import { baseForms } from './lexicon/wordnet';
import { STOP_WORDS } from './stop-words';
import { toKey, toStem, toWords } from './tokens';

/** An entity a question names, and the words that named it. */
export interface EntityMention {
  entityId: number;
  entity: string;
  said: string;
  /** True when the name was only close to a known one (a typo such as "Tajikstan"). */
  fuzzy: boolean;
}

interface VocabularyEntry {
  key: string;
  term: EntityTerm;
  /** Names that are also everyday words ("US" / "us") only count when typed as the name is written. */
  caseSensitive: boolean;
}

// A typo resolves only when it is this close to a known name (fuse.js: 0 exact, 1 anything) and
// the word is long enough that closeness means something.
const FUZZY_THRESHOLD = 0.3;
const FUZZY_MIN_LENGTH = 5;
const MAX_NAME_WORDS = 6;
const MAX_FUZZY_WORDS = 4;
// A pasted essay may hold hundreds of unknown words: only the first few are tried as typos.
const MAX_FUZZY_TRIES = 12;
// The longest text tried as a misspelt name for suggestions: longer than nearly every real name.
const MAX_SUGGEST_LENGTH = 48;

// Transliterated names are spelt many ways ("Haider" / "Hyder", "Shamsuddin" / "Shamsiddin"): the
// consonants agree where the vowels do not, and edit distance counts every vowel. A name's skeleton
// is each word's first letter and its later consonants, doubled letters once.
const SKELETON_MIN_LENGTH = 4;
const skeletonOf = (key: string): string =>
  key
    .split(' ')
    .map(
      (word) =>
        word[0] +
        word
          .slice(1)
          .replace(/[aeiouy]+/g, '')
          .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');

/** Names by skeleton; a skeleton two names share is left out, since it cannot tell them apart. */
function indexSkeletons(entries: readonly VocabularyEntry[]): Map<string, VocabularyEntry> {
  const bySkeleton = new Map<string, VocabularyEntry | null>();
  for (const entry of entries) {
    const skeleton = skeletonOf(entry.key);
    const known = bySkeleton.get(skeleton);
    bySkeleton.set(skeleton, known === undefined || known?.term.entityId === entry.term.entityId ? entry : null);
  }
  return new Map([...bySkeleton].filter((pair): pair is [string, VocabularyEntry] => pair[1] !== null));
}

// A word WordNet holds as a verb or a describing word is English; its nouns include names ("Uigur").
// Asked of each word of every window a typo is looked for in, so each answer is kept.
const otherThanNoun = new Map<string, boolean>();
const MAX_CACHED_WORDS = 20_000;
function isOtherThanNoun(word: string): boolean {
  let found = otherThanNoun.get(word);
  if (found === undefined) {
    found = (['verb', 'adj', 'adv'] as const).some((part) => baseForms(word, part).length > 0);
    if (otherThanNoun.size >= MAX_CACHED_WORDS) otherThanNoun.clear();
    otherThanNoun.set(word, found);
  }
  return found;
}

/**
 * Finds the entities a question names: every name, alias and demonym in the base, longest first;
 * then words close to a name through fuse.js over that vocabulary only (never over facts).
 */
export function createEntityResolver(terms: readonly EntityTerm[]) {
  const byKey = new Map<string, VocabularyEntry>();
  for (const term of terms) {
    const key = toKey(term.term);
    if (!key || byKey.has(key)) continue;
    byKey.set(key, { key, term, caseSensitive: STOP_WORDS.has(key) });
  }
  const names = [...byKey.values()].filter((entry) => entry.term.kind !== 'demonym' && entry.key.length >= FUZZY_MIN_LENGTH);
  // "Khatlone" shares its stem with "Khatlon": the base holds the stem only as that name's.
  const nameStems = new Set(names.filter((entry) => !entry.key.includes(' ')).map((entry) => toStem(entry.key)));
  const fuseOptions = { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true };
  // Suggestions keep the first letter too, as a typo seldom changes it: autocomplete asks for them
  // at every keystroke, and one initial's names are a small part of the vocabulary.
  const indexesBy = (groupOf: (key: string) => string): Map<string, Fuse<VocabularyEntry>> => {
    const groups = new Map<string, VocabularyEntry[]>();
    for (const entry of names) {
      const group = groups.get(groupOf(entry.key));
      if (group) group.push(entry);
      else groups.set(groupOf(entry.key), [entry]);
    }
    return new Map([...groups].map(([group, entries]) => [group, new Fuse(entries, fuseOptions)]));
  };
  const initialIndexes = indexesBy((key) => key[0]!);
  // A typo keeps the first letter and the number of words, so each window is only compared with
  // the names of that shape: a small fraction of the vocabulary.
  const shapeOf = (key: string): string => `${key[0]}:${key.split(' ').length}`;
  const shapeIndexes = indexesBy(shapeOf);
  const skeletons = indexSkeletons(names);

  function exactMatch(words: string[], original: string[], at: number): [VocabularyEntry, number] | undefined {
    for (let length = Math.min(MAX_NAME_WORDS, words.length - at); length > 0; length--) {
      const entry = byKey.get(words.slice(at, at + length).join(' '));
      if (!entry) continue;
      if (entry.caseSensitive && original.slice(at, at + length).join('') !== entry.term.term.replace(/\W/g, '')) continue;
      return [entry, length];
    }
    return undefined;
  }

  function fuzzyMatch(text: string): VocabularyEntry | undefined {
    if (text.length < FUZZY_MIN_LENGTH || STOP_WORDS.has(text) || /^\d+$/.test(text)) return undefined;
    // Requiring the same first letter and word count also keeps ordinary words from becoming names.
    const best = shapeIndexes.get(shapeOf(text))?.search(text, { limit: 1 })[0];
    if (best && (best.score ?? 1) <= FUZZY_THRESHOLD) return best.item;
    const skeleton = skeletonOf(text);
    return skeleton.replace(/ /g, '').length >= SKELETON_MIN_LENGTH ? skeletons.get(skeleton) : undefined;
  }

  // A misspelt name may span words ("Khyber Pakhtunkwa"): try the longest window holding a word
  // that is neither in the base (other than as a name's stem) nor English (everyday, or a verb or
  // describing word WordNet holds; its nouns include names such as "Uigur"), so real words are
  // never "corrected" ("the rest of the world" is not "the West", "picking" is not "Peking").
  function fuzzyWindow(words: string[], at: number, knownWord: (word: string) => boolean): [VocabularyEntry, number] | undefined {
    const real = (word: string): boolean =>
      (knownWord(word) && !nameStems.has(toStem(word))) || STOP_WORDS.has(word) || isEveryday(word) || isOtherThanNoun(word);
    for (let length = Math.min(MAX_FUZZY_WORDS, words.length - at); length > 0; length--) {
      const window = words.slice(at, at + length);
      if (window.every(real)) continue;
      const entry = fuzzyMatch(window.join(' '));
      if (entry) return [entry, length];
    }
    return undefined;
  }

  return {
    /**
     * The entities named in `text`, and the words left over once those names are taken out.
     * `knownWord` tells whether a word occurs in the fact base, so real words are never "corrected".
     */
    resolve(text: string, knownWord: (word: string) => boolean): { mentions: EntityMention[]; rest: string[] } {
      const original = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      const words = toWords(text);
      const mentions: EntityMention[] = [];
      const rest: string[] = [];
      let fuzzyTries = 0;
      for (let at = 0; at < words.length; ) {
        const exact = exactMatch(words, original, at);
        const fuzzy = !exact && fuzzyTries++ < MAX_FUZZY_TRIES ? fuzzyWindow(words, at, knownWord) : undefined;
        const found = exact ? { match: exact, fuzzy: false } : { match: fuzzy, fuzzy: true };
        if (found.match) {
          const [entry, length] = found.match;
          const said = words.slice(at, at + length).join(' ');
          mentions.push({ entityId: entry.term.entityId, entity: entry.term.entity, said, fuzzy: found.fuzzy });
          at += length;
          continue;
        }
        rest.push(words[at]!);
        at += 1;
      }
      return { mentions: dedupe(mentions), rest };
    },

    /** Entity names close to `text`, for "did you mean" suggestions and autocomplete. */
    suggest(text: string, limit: number): string[] {
      const key = toKey(text);
      // Text much longer than any name is no misspelt name, and fuzzy search cost grows with its length.
      if (key.length > MAX_SUGGEST_LENGTH) return [];
      const names = new Set<string>();
      for (const hit of initialIndexes.get(key[0] ?? '')?.search(key, { limit: limit * 3 }) ?? []) {
        if ((hit.score ?? 1) <= 0.5) names.add(hit.item.term.entity);
      }
      return [...names].slice(0, limit);
    },
  };
}

function dedupe(mentions: EntityMention[]): EntityMention[] {
  const seen = new Set<number>();
  return mentions.filter((mention) => !seen.has(mention.entityId) && seen.add(mention.entityId));
}

export type EntityResolver = ReturnType<typeof createEntityResolver>;
