import { creditIn, equivalentsOf, toFactWords } from './lexicon/equivalents';
import type { JudgedFact } from './rank';
import { STOP_WORDS } from './stop-words';
import { toKey, toStem, toWords } from './tokens';

/** Two phrases a question sets against each other, each with the words both share. */
export interface PhraseSides {
  /** Each side as a question of its own: the shared words and that side's phrase. */
  questions: [string, string];
  labels: [string, string];
  /** Each side's own words, which the other side's answer should not be about. */
  own: [ReadonlySet<string>, ReadonlySet<string>];
}

const VERSUS = /\s+(?:vs\.?|versus)\s+/i;
// Where a phrase ends and the shared topic goes on: a colon, a dash, a question mark, a comma.
const PHRASE_BREAK = /\s*(?:[?;:!,]|\s[–—-]\s)\s*/;
const SHARED_BEFORE = /^(.*[:,–—]\s+)(.*)$/s;

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/**
 * "firefight: guards killed vs militants killed", "madrassas under the republic vs under the
 * taliban", "nishat vs kiani: is terrorism rising?": two phrases set against each other by "vs".
 * The sides are parallel, as long as the shorter one: the left side is the last words before
 * "vs", the right side as many words after it. Everything else (a topic before a colon, the
 * words before the left side, the rest of the question after the right side) is shared by both.
 */
export function findPhraseSides(question: string): PhraseSides | null {
  const parts = question.split(VERSUS);
  if (parts.length !== 2) return null;
  const split = SHARED_BEFORE.exec(parts[0]!);
  const leftWords = words(split ? split[2]! : parts[0]!);
  const [rightPhrase = '', ...after] = parts[1]!.split(PHRASE_BREAK);
  const rightWords = words(rightPhrase);
  const count = Math.min(leftWords.length, rightWords.length);
  if (count === 0) return null;
  const left = leftWords.slice(-count).join(' ');
  const right = rightWords.slice(0, count).join(' ');
  const before = [split?.[1] ?? '', ...leftWords.slice(0, -count)].join(' ');
  const tail = [...rightWords.slice(count), ...after].join(' ');
  const side = (phrase: string): string => [before, phrase, tail].join(' ').replace(/\s+/g, ' ').trim();
  const leftKeys = new Set(toKey(left).split(' '));
  const rightKeys = new Set(toKey(right).split(' '));
  const own = (mine: ReadonlySet<string>, theirs: ReadonlySet<string>): Set<string> => new Set([...mine].filter((word) => word && !theirs.has(word)));
  return { questions: [side(left), side(right)], labels: [left, right], own: [own(leftKeys, rightKeys), own(rightKeys, leftKeys)] };
}

const contentWords = (words: ReadonlySet<string>): string[] => [...words].filter((word) => word.length > 1 && !STOP_WORDS.has(word));

/**
 * The answer for one side, from that side's answers best first: it must speak of the side's own
 * words (or their equivalents), and one not about the other side's own words is preferred.
 */
export function pickSideAnswer(answers: readonly JudgedFact[], sides: PhraseSides, at: number): JudgedFact | undefined {
  const own = contentWords(sides.own[at]!).map(equivalentsOf);
  const other = contentWords(sides.own[at === 0 ? 1 : 0]!).map(toStem);
  const speaking = answers.filter(({ fact }) => own.every((eq) => creditIn(eq, toFactWords(`${fact.statement} ${fact.quote}`)) > 0));
  const aboutOther = ({ fact }: JudgedFact): boolean => {
    const stems = new Set(toWords(fact.statement).map(toStem));
    return other.some((stem) => stems.has(stem));
  };
  return speaking.find((answer) => !aboutOther(answer)) ?? speaking[0];
}
