import type { EntityRecord, FactRecord, SourceRecord } from '../src/bundle';

/** A small deterministic PRNG (mulberry32), so every run builds the same base. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ri', 'to', 'man', 'sel', 'dor', 'vi', 'nu', 'ta', 'bar', 'kel', 'po', 'zan', 'mir', 'lo', 'ste', 'gan', 'hu', 'rei', 'tash'];
const VERBS = ['attacked', 'reported', 'closed', 'killed', 'wounded', 'seized', 'crossed', 'announced', 'denied', 'struck'];
const UNITS = ['kilometres', 'fatalities', 'people', 'incidents', 'percent'];

function makeWord(random: () => number, syllables: number): string {
  return Array.from({ length: syllables }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
}

/** A Zipf-like sampler: word k is drawn with probability ∝ 1/k. */
function createZipf(words: readonly string[], random: () => number): () => string {
  const weights = words.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, k) => (cumulative[k] = sum + weight / total), 0);
  return () => {
    const target = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

/** The vocabulary and entities every size shares, so the same questions fit every base. */
export function createWorld(seed = 7) {
  const random = createRandom(seed);
  const vocabulary = [...new Set(Array.from({ length: 30_000 }, () => makeWord(random, 2 + Math.floor(random() * 3))))];
  const entities: EntityRecord[] = Array.from({ length: 2_000 }, (_, i) => ({
    name: `${makeWord(random, 3)} ${['Province', 'Front', 'Council', 'District', 'Movement'][i % 5]} ${i}`,
    kind: (['region', 'group', 'organisation', 'place', 'group'] as const)[i % 5]!,
    aliases: [`SX${i}`],
    demonyms: [],
  }));
  return { vocabulary, entities, zipf: createZipf(vocabulary, random), random };
}

export type World = ReturnType<typeof createWorld>;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** The sources and entities of a synthetic base (written once, before the facts). */
export function createCatalogue(world: World, facts: number): { sources: SourceRecord[]; entities: EntityRecord[] } {
  const sources = Array.from(
    { length: Math.max(10, Math.floor(facts / 100)) },
    (_, i): SourceRecord => ({
      id: `S${1000 + i}`,
      title: `Report ${i} on ${world.zipf()} and ${world.zipf()}`,
      author: `Author ${i % 500}`,
      publisher: `Publisher ${i % 40}`,
      publishedOn: `${2000 + (i % 26)}`,
      url: `https://example.org/report/${i}`,
      kind: 'report',
      notes: null,
      status: 'active',
    }),
  );
  return { sources, entities: world.entities };
}

/** `count` synthetic facts starting at row id `firstId`. */
export function createFacts(world: World, firstId: number, count: number, sourceCount: number): FactRecord[] {
  const { random, zipf } = world;
  return Array.from({ length: count }, (_, i): FactRecord => {
    const entity = pick(world.entities, random);
    const words = Array.from({ length: 12 + Math.floor(random() * 12) }, zipf);
    const figure = `${Math.floor(random() * 5000)} ${pick(UNITS, random)}`;
    const statement = `${entity.name} ${pick(VERBS, random)} ${words.slice(0, 6).join(' ')} ${figure} ${words.slice(6).join(' ')}.`;
    const year = 2000 + Math.floor(random() * 27);
    return {
      id: `F${firstId + i}`,
      statement,
      quote: words.slice(2, 10).join(' '),
      source: `S${1000 + Math.floor(random() * sourceCount)}`,
      period: random() < 0.15 ? { start: null, end: null } : { start: String(year), end: random() < 0.2 ? null : String(year) },
      entities: random() < 0.3 ? [entity.name, pick(world.entities, random).name] : [entity.name],
      status: 'active',
    };
  });
}

/** A fixed mix of questions over the synthetic world and the seed base. */
export function createQuestions(world: World, seedQuestions: readonly string[]): string[] {
  const random = createRandom(99);
  const synthetic = Array.from({ length: 40 }, (_, i) => {
    const entity = pick(world.entities, random);
    const word = world.vocabulary[Math.floor(random() * 2000)]!;
    if (i % 4 === 0) return `${entity.aliases[0]} ${word} in ${2000 + Math.floor(random() * 27)}`;
    if (i % 4 === 1) return `how many ${pick(UNITS, random)} ${entity.name}`;
    if (i % 4 === 2) return `${entity.name.replace(/a/, 'e')} ${word}`;
    return `${word} ${world.vocabulary[Math.floor(random() * 200)]} since 2020`;
  });
  return [...synthetic, ...seedQuestions];
}
