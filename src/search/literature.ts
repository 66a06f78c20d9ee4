import { toWords } from './tokens';

/**
 * Words that ask about what was written or published rather than about events: "who wrote about
 * the TTP", "papers on Afghan madrassas". `report`/`reported` are left out on purpose: "Tajik
 * authorities reported …" asks about an event.
 */
// "When was Kiani's Al-Nasr paper published", "what did Crisis Group publish": asked about the
// publishing itself, which the catalogue answers, not about a claim a publication makes.
const PUBLISHING_WORDS: ReadonlySet<string> = new Set(
  'wrote write writes written authored publish published publishes publishing publication publications'.split(' '),
);

const LITERATURE_WORDS: ReadonlySet<string> = new Set([
  ...PUBLISHING_WORDS,
  ...`writing writings author authors paper papers article articles literature reading books book
  reports studies research source sources cite cites cited references bibliography piece pieces essay essays
  commentary`
    .split(/\s+/)
    .filter(Boolean),
]);

// How such a question says "about": taken out with the literature words, so that "which articles
// cover Tajik militants" looks for Tajik militants.
const ABOUT_VERBS =
  'cover covers covered covering discuss discusses discussed discussing mention mentions mentioned examine examines examined analyse analyses analyze analyzes deal deals dealt'.split(
    ' ',
  );

// Said of a named author or publisher ("What did Radio Free Europe report in 2021"), these ask what
// was published; said of anyone else ("Tajik authorities reported") they ask about events.
const REPORTING_WORDS: ReadonlySet<string> = new Set(['report', 'reported', 'reporting', 'say', 'said', 'says']);

// "What can I read about ETIM", "what to read on the TTP": reading as something to do. "How did
// policymakers read the lack of attacks" reads as interpreting, and asks about events.
const READING_WANTED = /\b(?:can|could|should|must|to)\s+(?:i\s+|we\s+|one\s+)?read\b|\bread\s+up\b/i;

// "Registered on the ministry's books": kept on record, not written about.
const ON_THE_BOOKS = /\bon\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:[\p{L}-]+['’]s\s+)?books\b/giu;

const LITERATURE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...LITERATURE_WORDS, ...REPORTING_WORDS, ...ABOUT_VERBS, 'read'].join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * "TTP using Afghanistan as a base — what does the source say": the claim on the topic is asked,
 * which every answer gives with its source, not what was written. The words only ask.
 */
export const SOURCE_SAYS =
  /\bwhat\s+(?:does|do|did)\s+(?:the|this|that|your|our)\s+(?:sources?|articles?|papers?|reports?|literature|study|research)\s+(say|says|said)\b/i;

// "Did the National Interest run anything in 2024": a paper runs a piece when it publishes one.
const RAN_PIECE = /\b(?:run|runs|ran)\s+(?:anything|something|any\s+(?:pieces?|stories|articles?)|a\s+(?:piece|story|feature))\b/i;

/**
 * Whether the question asks what was written or published (answered from the source catalogue).
 * `namesAuthorOrPublisher` tells whether it names someone in the catalogue.
 */
export function asksForLiterature(question: string, namesAuthorOrPublisher: () => boolean): boolean {
  const words = toWords(question.replace(ON_THE_BOOKS, ' ').replace(SOURCE_SAYS, ' '));
  if (words.some((word) => LITERATURE_WORDS.has(word)) || READING_WANTED.test(question) || RAN_PIECE.test(question)) return true;
  return words.some((word) => REPORTING_WORDS.has(word)) && namesAuthorOrPublisher();
}

/** Whether the question asks who wrote or published something, or when, rather than what it says. */
export function asksAboutPublishing(question: string): boolean {
  return toWords(question).some((word) => PUBLISHING_WORDS.has(word)) || RAN_PIECE.test(question);
}

// Words naming one kind of publication: "has Nishat written any books" asks for books, which no
// article answers. "Paper", "article", "piece" and "report" are said of every kind, so they name none.
const PUBLICATION_KINDS: Readonly<Record<string, string>> = { book: 'book', books: 'book' };

/** The kinds of publication (as the catalogue records them) a literature question is limited to, if any. */
export function askedSourceKinds(question: string): ReadonlySet<string> {
  return new Set(
    toWords(question.replace(ON_THE_BOOKS, ' '))
      .map((word) => PUBLICATION_KINDS[word])
      .filter((kind): kind is string => kind !== undefined),
  );
}

/** The question without its literature words: what the writing should be about, or by whom. */
export function stripLiteratureWords(question: string): string {
  return question.replace(LITERATURE_PATTERN, ' ').replace(/\s+/g, ' ').trim();
}
