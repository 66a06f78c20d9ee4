import type { EntityMention } from './entity-resolver';
import { baseForms, isMainlyNoun } from './lexicon/wordnet';
import { toKey } from './tokens';

/**
 * "How do the Taliban respond when accused …", "what does Pakistan say about …", "what's the
 * Taliban's line on …": the question asks for what the named party itself says or does in reply.
 * A fact in which others speak about that party ("Governments … accuse the Taliban of …") mentions
 * it but gives no reply of its own.
 */
const RESPONSE =
  /\b(?:how|what|why)\s+(?:do|does|did|will|would)\s+([\p{L}\p{N}\s’'-]{1,80}?)\s+(?:respond|react|answer|reply|say|counter|push\s+back|hit\s+back)\b|\bwhat(?:['’]s|\s+is|\s+was)\s+([\p{L}\p{N}\s-]{1,80}?)['’]s?\s+(?:line|response|reply|answer|defen[cs]e)\b/iu;

// "Do the Taliban admit to sheltering militants": whether the party itself owns to it, which only
// its own words (an admission or a denial) answer.
const OWN_ADMISSION =
  /^\s*(?:do|does|did|have|has|will|would)\s+([\p{L}\p{N}\s’'-]{1,80}?)\s+(?:admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)\b/iu;

/**
 * Words that only frame the reply asked for ("respond to accusations", "say when accused"): the
 * fact in which the party itself speaks is the reply, whatever verb it uses ("deny", "insist").
 */
const REPLY_FRAME: ReadonlySet<string> = new Set([
  ...'respond react answer reply response say counter line defence defense accused accusation accusations allegation allegations alleged charge charges claim claims admit acknowledge concede'.split(
    ' ',
  ),
  'push back',
  'hit back',
]);

/** Whether a question word only frames the reply of a party whose reply is asked. */
export const framesReply = (word: string): boolean => REPLY_FRAME.has(word);

/** The asked entity whose own reply the question wants, if it asks for one. */
export function askedSpeaker(question: string, entities: readonly EntityMention[]): EntityMention | undefined {
  const match = RESPONSE.exec(question);
  const subject = match?.[1] ?? match?.[2] ?? OWN_ADMISSION.exec(question)?.[1];
  if (!subject) return undefined;
  const said = ` ${toKey(subject)} `;
  const speakers = entities.filter((mention) => said.includes(` ${toKey(mention.said)} `));
  // "What did China and Pakistan say": a reply by two is not one party's own.
  return speakers.length === 1 ? speakers[0] : undefined;
}

const ATTRIBUTED = /^(?:(?:in [^,]{1,40},\s*)?according to ([^,]{1,80}),)/i;
const verbs = new Map<string, boolean>();
const MAX_CACHED = 5_000;

// A verb here is a word WordNet uses more often as something other than a noun: "deny", "accuse", "issued".
function isVerb(word: string): boolean {
  let verb = verbs.get(word);
  if (verb === undefined) {
    verb = baseForms(word, 'verb').length > 0 && isMainlyNoun(word) === false;
    if (verbs.size >= MAX_CACHED) verbs.clear();
    verbs.set(word, verb);
  }
  return verb;
}

// Verbs by which a statement reports what its subject says rather than what it does.
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'argue argues argued say says said insist insists insisted deny denies denied counter counters countered claim claims claimed allege alleges alleged accuse accuses accused cite cites cited contend contends warn warns warned maintain maintains'.split(
    ' ',
  ),
);

// The statement's speaker or subject: who it attributes the claim to, or the words before its
// first verb; `speaks` when it gives that one's words ("According to X, …", "China argues …").
function subjectOf(statement: string): { subject: string; speaks: boolean } {
  const attributed = ATTRIBUTED.exec(statement);
  if (attributed) return { subject: ` ${toKey(attributed[1]!)} `, speaks: true };
  const words = toKey(statement.replace(/^in [^,]{1,40},\s*/i, '')).split(' ');
  const verbAt = words.findIndex((word, at) => at > 0 && isVerb(word));
  return { subject: ` ${words.slice(0, verbAt < 0 ? words.length : verbAt).join(' ')} `, speaks: verbAt >= 0 && SPEECH_VERBS.has(words[verbAt]!) };
}

const namedIn = (subject: string, names: readonly string[]): boolean => names.some((name) => subject.includes(` ${name} `));

/** Whether the statement's speaker or acting subject is one of these names (as search keys). */
export function speaksIn(statement: string, names: readonly string[]): boolean {
  return namedIn(subjectOf(statement).subject, names);
}

/**
 * Whether the statement gives the words of a speaker other than these names: "China argues that
 * …", "According to the Tajik government, …". Reported in an author's paper, such a claim is that
 * speaker's view, not the author's.
 */
export function quotesOther(statement: string, names: readonly string[]): boolean {
  const { subject, speaks } = subjectOf(statement);
  return speaks && !namedIn(subject, names);
}
