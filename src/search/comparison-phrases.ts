import { toKey } from './tokens';

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
