import type { FactView } from '../reply';
import { sideQuery, withoutComparingWords } from './comparison';
import type { EntityMention } from './entity-resolver';
import { isInGroup } from './lexicon/domain-groups';
import { creditIn, equivalentsOf, toFactWords } from './lexicon/equivalents';
import type { Query } from './query';
import type { JudgedFact } from './rank';
import type { ComparisonSide } from './searcher';
import { speaksIn } from './speaker';
import { toKey, toWords } from './tokens';

/**
 * "How does the West see Afghanistan compared with its neighbours", "the Taliban's line versus
 * what the neighbours say": a named party set against a kind of party that has no name of its own
 * in the base. The kind is said by a word of the neighbours group ("neighbours", "neighbouring
 * states") or by "regional" ("Western and regional views"); the named party is the one entity
 * that is not whose neighbours they are.
 */
export interface PartySides {
  party: EntityMention;
  /** The question's words that name the kind of party ("neighbours", "regional"). */
  kindWords: string[];
  /** Those words as the kind's facts say them: "regional views" are the neighbours'. */
  kindTerms: string[];
  /** Entities both sides speak of ("Afghanistan" in "Afghanistan's neighbours"). */
  shared: EntityMention[];
}

const COMPARING = /\b(?:vs\.?|versus|compared?|comparing|agree|disagree|differ|differs|different|differently|same\s+way)\b/i;
const AGENT_OR_PLACE = new Set(['person', 'organisation', 'group', 'country', 'region']);

const NEIGHBOURS = 'neighbours';
const REGIONAL = 'regional';
const namesKindOfParty = (word: string): boolean => isInGroup(word, NEIGHBOURS) || word === REGIONAL;

/** The named party and the kind of party a question weighs against each other, if it does. */
export function findPartySides(query: Query, kindOf: (entity: string) => string | undefined): PartySides | null {
  if (!COMPARING.test(query.text)) return null;
  const kindWords = query.terms.filter(namesKindOfParty);
  if (kindWords.length === 0) return null;
  // "Afghanistan's neighbours", "its neighbours" after Afghanistan: whose neighbours is shared.
  const words = toKey(query.text).split(' ');
  const before = (mention: EntityMention): string => {
    const said = toKey(mention.said).split(' ');
    const at = words.findIndex((_, i) => said.every((word, j) => words[i + j] === word));
    return words[at + said.length] === 's' ? (words[at + said.length + 1] ?? '') : (words[at + said.length] ?? '');
  };
  const owners = query.entities.filter((mention) => namesKindOfParty(before(mention)));
  const parties = query.entities.filter((mention) => !owners.includes(mention) && AGENT_OR_PLACE.has(kindOf(mention.entity) ?? ''));
  // With more than one named party, the entity comparison reads the sides instead.
  const party = parties.length === 1 ? parties[0]! : parties.find((mention) => kindOf(mention.entity) !== 'country' && parties.length === 2);
  if (!party) return null;
  const kindTerms = [...new Set(kindWords.map((word) => (word === REGIONAL ? NEIGHBOURS : word)))];
  return { party, kindWords, kindTerms, shared: query.entities.filter((mention) => mention !== party) };
}

/** The question as the named party's side is judged: without the words for the other kind of party. */
export function partySideQuery(query: Query, sides: PartySides): Query {
  const side = sideQuery(query, sides.party, sides.shared);
  const other = (term: string): boolean => !sides.kindWords.includes(term);
  return { ...side, terms: side.terms.filter(other), required: side.required.filter(other) };
}

/** The question as the kind of party's side is judged: the shared entities, and the words naming the kind required. */
export function kindSideQuery(query: Query, sides: PartySides): Query {
  const side = withoutComparingWords(query);
  const other = (term: string): boolean => !sides.kindWords.includes(term);
  return {
    ...side,
    entities: sides.shared,
    terms: [...side.terms.filter(other), ...sides.kindTerms],
    required: [...side.required.filter(other), ...sides.kindTerms],
  };
}

const ATTRIBUTED_TO = /^according to [^,]{1,80},\s*/i;
const KIND_OPENING_WORDS = 4;
// "The Taliban's line", "Taliban claims": the party's own words are asked for.
const OWN_WORDS = /\b(?:claims?|line|says?|said|position|insists?|denies|deny|version)\b/i;

/**
 * One answer for each side, from each side's answers best first, or none when a side has no fit.
 * The kind's fact speaks for it: it opens with the kind ("Afghanistan's neighbouring states counter
 * …", "For its neighbours, …"), not merely naming it as whom something concerns, and is not in the
 * named party's words; the party's fact does not speak of the kind. The source's own contrast comes
 * first ("For Western policymakers, …" beside "For Afghanistan's neighbours, …"); else, for the
 * kind, the fact that answers the named party, and for the party, its own words, which alone
 * answer when its claims are asked.
 */
export function pickPartyAndKind(
  question: string,
  sides: PartySides,
  answers: { partyAnswers: readonly JudgedFact[]; kindAnswers: readonly JudgedFact[] },
  partyNames: readonly string[],
): ComparisonSide[] | undefined {
  const kindEquivalents = sides.kindTerms.map(equivalentsOf);
  const says = (text: string): boolean => kindEquivalents.some((eq) => creditIn(eq, toFactWords(text)) > 0);
  const opensWithKind = (fact: FactView): boolean => says(toWords(fact.statement.replace(ATTRIBUTED_TO, '')).slice(0, KIND_OPENING_WORDS).join(' '));
  const partyAnswers = answers.partyAnswers.filter((j) => !says(j.fact.statement));
  const kindAnswers = answers.kindAnswers.filter((j) => opensWithKind(j.fact) && !speaksIn(j.fact.statement, partyNames));
  if (kindAnswers.length === 0 || partyAnswers.length === 0) return undefined;
  const opening = (fact: FactView): string => toWords(fact.statement)[0] ?? '';
  const parallel = (a: FactView, b: FactView): boolean => a.source.id === b.source.id && opening(a) === opening(b);
  const pair = kindAnswers.flatMap((kind) => partyAnswers.filter((party) => parallel(kind.fact, party.fact)).map((party) => [kind, party] as const))[0];
  const kindAnswer = pair?.[0] ?? kindAnswers.find((j) => j.fact.entities.includes(sides.party.entity)) ?? kindAnswers[0]!;
  const ownWords = partyAnswers.find((j) => speaksIn(j.fact.statement, partyNames));
  const partyAnswer = pair?.[1] ?? ownWords ?? (OWN_WORDS.test(question) ? undefined : partyAnswers[0]);
  if (!partyAnswer || partyAnswer.fact.id === kindAnswer.fact.id) return undefined;
  return [
    { label: sides.party.entity, answer: partyAnswer },
    { label: `the ${sides.kindTerms.join(' ')}`, answer: kindAnswer },
  ];
}
