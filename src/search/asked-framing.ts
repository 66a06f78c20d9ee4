import type { EntityMention } from './entity-resolver';
import { isMainlyNoun } from './lexicon/wordnet';
import { SOURCE_SAYS } from './literature';
import { toKey, toWords } from './tokens';

/**
 * How a question asks, apart from what about: that it wants a definition or a profile ("who is",
 * "Nishat's previous job", "what does TTP stand for", "what kind of group is it"), who reported a
 * claim, an explanation in plain words, or what the sources say on a topic. The words that only
 * ask are no topic: no statement calls itself a profile or says that it stands for something.
 */

// "Who is the TTP", and the name first with a pronoun for it: "TIP — who are they?", "Nishat: who is he?".
const DEFINITIONAL =
  /^\s*(?:who|what)(?:\s+(?:is|was|are|were)|['’]s)\b|\b(?:who|what)\s+(?:is|was|are|were)\s+(?:they|it|he|she|this|that|these|those)\s*\??\s*$/i;

// "Who reported the deaths", "who put out the figure": the source of a claim is asked; the verb is no topic.
const REPORTER_ASKED =
  /\bwho\s+(?:first\s+)?(reported|reports|put\s+out|puts\s+out|gave|released|announced|stated|claimed|claims|confirmed|said|says|argues|argued|wrote|writes|thinks|believes)\b/i;

// "What does TTP stand for", "what does IEA mean", and as a fragment "CRBC stands for?": a name
// asked to be spelt out; the verb is no topic.
const NAME_MEANING = /^\s*(?:what\s+(?:does|do)\s+)?(?:the\s+)?([\p{L}\p{N}'’. -]{1,40}?)\s+(stands?\s+for|mean|means)\s*\??\s*$/iu;

// "What's a madrassa, in plain terms": asking for an explanation in simple words, which is no topic.
const PLAIN_TERMS = /\bin\s+(?:plain|simple|simpler|layman['’]?s|everyday|short)\s+(terms|words|english)\b/i;

// "What kind of organisation is Mosaic Global Foundation", "TIP - what kind of group is it": what
// something named is, asked by its kind.
const KIND_OF_NAMED = /\bwhat\s+(kind|sort|type)\s+of\s+([\p{L}-]+)\s+(?:is|are|was|were)\s+(?:the\s+)?([\p{L}\p{N}'’ -]{1,60}?)\s*\??\s*$/iu;
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'this', 'that']);

/** The words of "what kind of group is it" that only ask what a named thing is, when it asks that. */
function kindOfNamedWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const asked = KIND_OF_NAMED.exec(text);
  if (!asked || mentions.length === 0) return new Set();
  const subject = toKey(asked[3]!);
  const named = PRONOUNS.has(subject) || mentions.some((mention) => toKey(mention.said) === subject);
  return new Set(named ? [asked[1]!.toLowerCase(), asked[2]!.toLowerCase()] : []);
}

/** The words of "what does TTP stand for" that only ask what a name means, when the name is all it asks of. */
function nameMeaningWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const asked = mentions.length === 1 ? NAME_MEANING.exec(text) : null;
  // Only the name is asked of: "what does the acronym TTP stand for", not "what do the TTP's attacks mean".
  const ofName = asked !== null && toKey(asked[1]!).endsWith(toKey(mentions[0]!.said));
  return new Set(ofName ? toWords(asked[2]!) : []);
}

// "Sajid Kiani affiliation", "Nishat bio": a word asking what someone is, as "who is" does; said
// beside a name it is no topic (no statement calls itself an affiliation).
const PROFILE_WORDS: ReadonlySet<string> = new Set([
  'affiliation',
  'affiliations',
  'bio',
  'biography',
  'background',
  'credentials',
  'profile',
  'job',
  'employer',
  'role',
  'career',
]);

// "Nishat's previous job", "his old role": when in a career the profile is asked of.
const CAREER_TIME: ReadonlySet<string> = new Set(['previous', 'former', 'old', 'earlier', 'past', 'current', 'present', 'first', 'last']);

// "What did Nishat do before he set up his charity", "who did Nishat work for before …": the
// career before a step in it, which a statement gives as what the person "previously" was.
const EARLIER_CAREER = /\b(?:what\s+did\s+([\p{L}\s’'-]{1,40}?)\s+do|(?:who|where)\s+did\s+([\p{L}\s’'-]{1,40}?)\s+work(?:\s+for|\s+at)?)\s+before\b(.*)$/iu;

const EARLIER = 'previously';

/** For "what did Nishat do before …" of someone named: the words that only ask (the step named after "before" among them). */
function earlierCareerWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> | undefined {
  const asked = EARLIER_CAREER.exec(text);
  const subject = asked ? toKey(asked[1] ?? asked[2] ?? '') : '';
  if (!asked || !mentions.some((mention) => toKey(mention.said) === subject)) return undefined;
  return new Set(['do', 'work', ...toWords(asked[3]!)]);
}

// "Robert Gates - what post did he hold?": asked of someone named, what office they held.
const OFFICE_HELD = /\bwhat\s+(post|job|role|position|title|office)s?\s+(?:did|does|do|has|had|have)\s+(?:he|she|they|[\p{L}-]+)\s+(hold|have|had|held)\b/iu;

/**
 * The words asking for a profile, when a profile word stands at a name: "Kiani credentials",
 * "background of Nishat", "Nishat's previous job", "TIP - quick background". When in a career
 * ("previous") narrows what answers; any other describing word ("quick") only asks, like the
 * profile word. Empty when no profile is asked.
 */
function profileWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const words = toWords(text);
  const named = new Set(mentions.flatMap((mention) => toWords(mention.said)));
  const asking = new Set<string>();
  words.forEach((word, at) => {
    if (!PROFILE_WORDS.has(word)) return;
    const describing = words[at - 1] ?? '';
    const described = CAREER_TIME.has(describing) || isMainlyNoun(describing) === false;
    const from = described ? at - 1 : at;
    const before = words[from - 1] === 's' ? words[from - 2] : words[from - 1];
    const after = words[at + 1] === 'of' ? (words[at + 2] === 'the' ? words[at + 3] : words[at + 2]) : words[at + 1];
    if ((before === undefined || !named.has(before)) && (after === undefined || !named.has(after))) return;
    asking.add(word);
    if (described && !CAREER_TIME.has(describing)) asking.add(describing);
  });
  return asking;
}

// "Afghan territory", "Afghanistan's soil": the country itself, which its name already asks for.
// A statement may say "from Afghanistan" with no word for its ground, or "the territory of
// Afghanistan": the word may help, but need not be said.
const TERRITORY: ReadonlySet<string> = new Set(['territory', 'soil', 'land', 'ground']);

/** The words after a name that only say its ground ("Afghan soil"). */
function territoryWords(text: string, mentions: readonly EntityMention[]): ReadonlySet<string> {
  const words = toWords(text);
  const found = new Set<string>();
  for (const mention of mentions) {
    const said = toWords(mention.said);
    words.forEach((_, at) => {
      if (!said.every((word, i) => words[at + i] === word)) return;
      const after = words[at + said.length] === 's' ? at + said.length + 1 : at + said.length;
      if (TERRITORY.has(words[after] ?? '')) found.add(words[after]!);
    });
  }
  return found;
}

// "TIP = ?", "tell me about Zalmai Nishat", "what do you know about ETIM": a name alone asked
// after, which its definition answers.
const ABOUT_NAME =
  /^\s*(?:(?:tell\s+me|tell\s+us|what\s+do\s+(?:you|we)\s+know)\s+(?:more\s+)?about\s+|(?:info|information|background)\s+on\s+)(?:the\s+)?([\p{L}\p{N}'’. -]{1,60}?)\s*\??\s*$|^\s*(?:the\s+)?([\p{L}\p{N}'’. -]{1,60}?)\s*=\s*\??\s*$/iu;

function asksAboutNameAlone(text: string, mentions: readonly EntityMention[]): boolean {
  const asked = ABOUT_NAME.exec(text);
  const name = asked?.[1] ?? asked?.[2];
  return name !== undefined && mentions.length === 1 && toKey(name) === toKey(mentions[0]!.said);
}

/** What the question's way of asking says, and the words that only ask. */
export interface AskedFraming {
  /** Whether a word (or a joined phrase) of the question only says how it asks. */
  frames(word: string): boolean;
  /** "Who is …", a profile word at a name, "what does TTP stand for", "what kind of group is it". */
  definitional: boolean;
  /** "What does TTP stand for": a statement giving the name's full form answers best. */
  asksNameMeaning: boolean;
  /** "Who reported the three deaths": who a claim is attributed to answers. */
  asksReporter: boolean;
  /** Words a statement says the asked thing by that the question does not ("before he set up" → "previously"). */
  implied: readonly string[];
  /** Words that may help find the answer but need not be in it ("territory" in "Afghan territory"). */
  incidental: ReadonlySet<string>;
}

/** Reads how the question asks, given the names it was found to mention. */
export function readAskedFraming(text: string, mentions: readonly EntityMention[]): AskedFraming {
  const office = mentions.length > 0 ? OFFICE_HELD.exec(text) : null;
  const profile = profileWords(text, mentions);
  const earlier = earlierCareerWords(text, mentions);
  const meaning = nameMeaningWords(text, mentions);
  const kindOf = kindOfNamedWords(text, mentions);
  const plain = PLAIN_TERMS.exec(text);
  const sourceSays = SOURCE_SAYS.exec(text);
  const reporter = REPORTER_ASKED.exec(text);
  const reporterWords = reporter ? toWords(reporter[1]!) : [];
  const asking = new Set([
    ...profile,
    ...(office ? [office[1]!.toLowerCase(), office[2]!.toLowerCase()] : []),
    ...meaning,
    ...kindOf,
    ...(earlier ?? []),
    ...(plain ? toWords(plain[0]) : []),
    ...(sourceSays ? toWords(sourceSays[0]) : []),
    ...reporterWords,
  ]);
  return {
    // A joined phrase ("set up", "put out") frames when all its words do.
    frames: (word) => asking.has(word) || (word.includes(' ') && word.split(' ').every((part) => asking.has(part))),
    definitional:
      office !== null ||
      profile.size > 0 ||
      earlier !== undefined ||
      meaning.size > 0 ||
      kindOf.size > 0 ||
      DEFINITIONAL.test(text) ||
      asksAboutNameAlone(text, mentions),
    asksNameMeaning: meaning.size > 0,
    asksReporter: reporter !== null,
    implied: earlier ? [EARLIER] : [],
    incidental: territoryWords(text, mentions),
  };
}
