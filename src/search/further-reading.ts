import type { CatalogueField, CatalogueHit } from '../../db/store';
import type { FactBase } from '../fact-base';
import type { SourceView } from '../reply';
import { type CatalogueNames, catalogueNamesOf } from './catalogue-names';
import { anyWord, phrase } from './match-expression';
import type { EntityMention } from './entity-resolver';
import { type AskedPeriod, overlaps } from './period';
import { type AskedNames, askedNames, firstWordsOf, namesSomeoneUnheld, unheldWordsOf } from './asked-names';
import type { AskResult, Searcher } from './searcher';
import { toStem } from './tokens';
import { type WordLookups, createWordLookups } from './word-lookups';

/** A source that matched a question, and why. */
interface Candidate {
  source: SourceView;
  /** How many of the asked name words its author or publisher holds. */
  nameHits: number;
  /** How many topic groups (an entity with its aliases, or a word) its title holds. */
  titleGroups: number;
  /** How many of the answering facts it backs. */
  answerFacts: number;
}

const MAX_WORDS = 12;
const HITS_PER_WORD = 200;
const MAX_LITERATURE = 5;
const MAX_ALONGSIDE = 2;
// Beside facts, a title must hold this many of the question's topics (all of them) to be listed:
// two ("Tajik", "border") are shared by too many titles by chance.
const MIN_TITLE_GROUPS = 3;

const TITLE: readonly CatalogueField[] = ['title'];
const NAMES: readonly CatalogueField[] = ['author', 'publisher'];

function candidateOf(found: Map<string, Candidate>, source: SourceView): Candidate {
  const known = found.get(source.id);
  if (known) return known;
  const fresh = { source, nameHits: 0, titleGroups: 0, answerFacts: 0 };
  found.set(source.id, fresh);
  return fresh;
}

const toSource = ({ id, title, author, publisher, publishedOn, url }: CatalogueHit | SourceView): SourceView => ({
  id,
  title,
  author,
  publisher,
  publishedOn,
  url,
});

// A word of a full name always names; a lone word ("Crisis", "Mir") only when no title holds it,
// so that "security" in "who wrote about security" stays a topic.
async function countNameHits(names: CatalogueNames, asked: AskedNames, found: Map<string, Candidate>): Promise<Set<string>> {
  const nameWords = new Set<string>();
  const partial = asked.partialWords.slice(0, MAX_WORDS);
  const inTitles = await Promise.all(partial.map(async (word) => (await names.store.matchSources(TITLE, phrase(word), 1)).length > 0));
  const words = [...asked.fullWords.slice(0, MAX_WORDS), ...partial.filter((_, at) => !inTitles[at])].slice(0, MAX_WORDS);
  for (const word of words) {
    const hits = await names.store.matchSources(NAMES, phrase(word), HITS_PER_WORD);
    if (hits.length > 0) nameWords.add(word);
    for (const hit of hits) candidateOf(found, toSource(hit)).nameHits += 1;
  }
  return nameWords;
}

// "Reading on ETIM or the Uyghur militants", "ETIM / Uyghur militants": names offered as
// alternatives are one topic, which a title naming either covers.
const OFFERED_BETWEEN = /^\s*(?:or|\/)\s*(?:the\s+)?$/i;

function alternativeNames(question: string, mentions: readonly EntityMention[]): EntityMention[][] {
  const lower = question.toLowerCase();
  const topics: EntityMention[][] = [];
  for (const mention of mentions) {
    const previous = topics.at(-1)?.at(-1);
    const previousEnd = previous === undefined ? -1 : lower.indexOf(previous.said) + previous.said.length;
    const start = previousEnd < 0 ? -1 : lower.indexOf(mention.said, previousEnd);
    if (start >= 0 && OFFERED_BETWEEN.test(lower.slice(previousEnd, start))) topics.at(-1)!.push(mention);
    else topics.push([mention]);
  }
  return topics;
}

async function topicGroups(result: AskResult, searcher: Searcher, skipEntities: ReadonlySet<number>, skipWords: ReadonlySet<string>): Promise<string[][]> {
  const vocabulary = await searcher.entityVocabulary();
  const namesOf = (mention: EntityMention): string[] => vocabulary.filter(({ term }) => term.entityId === mention.entityId).map(({ key }) => key);
  const asked = result.query.entities.filter((mention) => !skipEntities.has(mention.entityId)).slice(0, MAX_WORDS);
  const entities = alternativeNames(result.query.text, asked).map((topic) => topic.flatMap(namesOf));
  const terms = result.query.terms.filter((term) => !skipWords.has(term)).map((term) => [term]);
  return [...entities, ...terms].filter((group) => group.some(Boolean)).slice(0, MAX_WORDS);
}

async function countTitleGroups(names: CatalogueNames, groups: readonly string[][], found: Map<string, Candidate>): Promise<void> {
  for (const group of groups) {
    for (const hit of await names.store.matchSources(TITLE, anyWord(group), HITS_PER_WORD)) candidateOf(found, toSource(hit)).titleGroups += 1;
  }
}

const coverage = (candidate: Candidate, groups: number): number => Math.max(candidate.titleGroups, candidate.answerFacts > 0 ? groups : 0);

const published = (source: SourceView): string => source.publishedOn ?? '';

// The newest first, then by id: never the order the store found them in, so every store lists them alike.
const newestFirst = (a: SourceView, b: SourceView): number => published(b).localeCompare(published(a)) || a.id.localeCompare(b.id, 'en', { numeric: true });

function byStrength(groups: number) {
  return (a: Candidate, b: Candidate): number =>
    b.nameHits - a.nameHits ||
    coverage(b, groups) - coverage(a, groups) ||
    b.titleGroups - a.titleGroups ||
    b.answerFacts - a.answerFacts ||
    newestFirst(a.source, b.source);
}

// "Al Jazeera articles from 2022": of a publication, "from" a year is when it came out, that year
// alone, where of events it is when something began.
const FROM_YEAR = /\bfrom\s+((?:19|20)\d\d)\b(?!\s*(?:to|until|till|-|–|—|and)\b)/i;

function publicationPeriod(question: string, period: AskedPeriod | null): AskedPeriod | null {
  const year = FROM_YEAR.exec(question)?.[1];
  return year !== undefined && period?.to === null && period.from === `${year}-01-01` ? { ...period, to: `${year}-12-31` } : period;
}

function publishedWithin(source: SourceView, period: AskedPeriod | null): boolean {
  if (!period) return true;
  return source.publishedOn !== null && overlaps({ start: source.publishedOn, end: source.publishedOn }, period) === true;
}

// "Global Terrorism Index 2024" is that year's edition: a question about another year ("Global
// Terrorism Index 2025") does not ask for it, however many title words it shares.
function editionFits(source: SourceView, period: AskedPeriod | null): boolean {
  const years = source.title.match(/\b(?:19|20)\d\d\b/g);
  if (!period || !years) return true;
  return years.some((year) => overlaps({ start: year, end: year }, period) === true);
}

// "What was published in 2022": the catalogue by date alone.
async function publishedIn(names: CatalogueNames, period: AskedPeriod): Promise<SourceView[]> {
  return (await names.store.sourcesPublishedBetween(period.from?.slice(0, 4) ?? '', period.to ?? '9999', HITS_PER_WORD))
    .filter((hit) => publishedWithin(hit, period))
    .slice(0, MAX_LITERATURE)
    .map(toSource);
}

// Whether a word occurs in the facts or the catalogue, each word looked up once per question.
function createKnownWords(base: FactBase, names: CatalogueNames): WordLookups<boolean> {
  return createWordLookups(async (stem) => (await names.store.hasCatalogueTerm(stem)) || base.search.hasTerm(stem), toStem, false);
}

/** Whether the question names an author or publisher of the catalogue (typos and initials included). */
export async function namesAuthorOrPublisher(base: FactBase, question: string): Promise<boolean> {
  const names = await catalogueNamesOf(base);
  const known = createKnownWords(base, names);
  return known.settle(() => names.resolver.resolve(firstWordsOf(question), known.lookup).mentions.length > 0);
}

/** The publishers a question names, by full name, and the question with their names taken out. */
export interface NamedPublishers {
  publishers: ReadonlySet<string>;
  rest: string;
}

// A mention's words are letters and digits only; between them the text may have any punctuation ("Al-Nasr").
const nameInText = (said: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${said.split(' ').join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu');

/**
 * "According to the Al-Nasr paper, …", "per the TNI piece": a publisher named beside a claim says
 * where it was published. No statement names its own publisher, so the fact search looks for the
 * claim without the name, and the publisher limits whose facts may answer.
 */
export async function namedPublishers(base: FactBase, question: string): Promise<NamedPublishers> {
  const names = await catalogueNamesOf(base);
  const known = createKnownWords(base, names);
  const mentions = await known.settle(() => names.resolver.resolve(firstWordsOf(question), known.lookup).mentions);
  const named = mentions.filter((mention) => names.publishers.has(mention.entity));
  const rest = named
    .reduce((text, mention) => text.replace(nameInText(mention.said), ' '), question)
    .replace(/\s+/g, ' ')
    .trim();
  return { publishers: new Set(named.map((mention) => mention.entity)), rest };
}

/** What a question asks of the catalogue, as understood from the question and the fact search. */
export interface ReadingRequest {
  /** The question with its literature words taken out. */
  question: string;
  result: AskResult;
  /** True for "who wrote about …", "papers on …": the catalogue is the answer. */
  literature: boolean;
}

/**
 * Sources to read on a question, best first. A literature question gets every source by the
 * asked author or publisher (within the asked period of publication), or those whose title or
 * cited facts cover its topic; any other question gets at most two, and only when it names an
 * author or publisher or a title holds all of its topic.
 */
export async function findFurtherReading(base: FactBase, searcher: Searcher, request: ReadingRequest): Promise<SourceView[]> {
  const names = await catalogueNamesOf(base);
  const known = createKnownWords(base, names);
  const { result, literature } = request;
  const asked = await known.settle(() => askedNames(firstWordsOf(request.question), result, names, known.lookup, literature));
  if (!literature) {
    const groups = await topicGroups(result, searcher, asked.entitiesAsNames, new Set(asked.fullWords));
    return (await readingAlongside(names, asked.fullWords, groups)).filter((source) => editionFits(source, result.query.period));
  }
  const found = new Map<string, Candidate>();
  const nameWords = await countNameHits(names, asked, found);
  const loneNameWords = new Set([...asked.partialWords.filter((word) => nameWords.has(word)), ...asked.saidAlone]);
  if (namesSomeoneUnheld(request.question, await unheldWordsOf(asked, result, names), loneNameWords)) return [];
  const groups = await topicGroups(result, searcher, asked.entitiesAsNames, nameWords);
  await countTitleGroups(names, groups, found);
  for (const { fact } of result.answers) candidateOf(found, fact.source).answerFacts += 1;
  const candidates = [...found.values()];
  const period = publicationPeriod(request.question, result.query.period);
  if (candidates.length === 0 && asked.fullWords.length + groups.length === 0 && period) return publishedIn(names, period);
  const mostNameHits = Math.max(0, ...candidates.map((c) => c.nameHits));
  const bestCoverage = Math.max(0, ...candidates.map((c) => coverage(c, groups.length)));
  // By topic alone, a source must hold half of the question's topics at least: one title word of
  // four ("Taliban" in "Carnegie research on the Taliban and opium") is chance.
  const enough = Math.max(1, bestCoverage - 1, Math.ceil(groups.length / 2));
  const relevant = candidates.filter((c) => (mostNameHits > 0 ? c.nameHits === mostNameHits : coverage(c, groups.length) >= enough));
  return relevant
    .filter((c) => publishedWithin(c.source, period))
    .sort(byStrength(groups.length))
    .slice(0, MAX_LITERATURE)
    .map((c) => c.source);
}

// Beside facts, at most two sources: by the author or publisher the question names in full, or
// whose title holds every one of its (at least three) topics, the newest first. One query each.
async function readingAlongside(names: CatalogueNames, fullWords: readonly string[], groups: readonly string[][]): Promise<SourceView[]> {
  const byName = fullWords.length > 0 ? await names.store.matchSources(NAMES, { all: fullWords.map(phrase) }, HITS_PER_WORD) : [];
  const byTitle = groups.length >= MIN_TITLE_GROUPS ? await names.store.matchSources(TITLE, { all: groups.map(anyWord) }, HITS_PER_WORD) : [];
  const seen = new Set<string>();
  return [...byName.map(toSource).sort(newestFirst), ...byTitle.map(toSource).sort(newestFirst)]
    .filter((hit) => !seen.has(hit.id) && seen.add(hit.id))
    .slice(0, MAX_ALONGSIDE);
}
