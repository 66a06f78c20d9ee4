import { MONTH_NAMES } from './answer-kind';
import { baseForms, isMainlyNoun } from './lexicon/wordnet';

/**
 * Capitals that stand for their governments: "Islamabad closed the border", "Beijing's concerns",
 * "Does Kabul say …", "did the Taliban promise Washington …". A capital becomes its government when
 * it owns something or does something (a verb follows it); and, when no fact names the city at all,
 * wherever it is not said to be where something is ("pledge to Washington", not "in Washington"):
 * the base cannot be asked about that city, only about its government. "The Kabul bombing" and
 * "attacks in Kabul" stay the city.
 */
const GOVERNMENTS: Readonly<Record<string, string>> = {
  islamabad: 'Pakistan',
  beijing: 'China',
  kabul: 'the Taliban',
  dushanbe: 'Tajikistan',
  washington: 'the United States',
};

// Words that may stand between a subject and its verb ("Islamabad has also closed").
const BETWEEN = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'now', 'then', 'not', 'still', 'ever']);

// A verb here is a word WordNet knows as one and uses more often as something other than a noun:
// "closed", "ask", "give" act; "bombing", "restaurant", "attack" name things.
const isVerb = (word: string | undefined): boolean => word !== undefined && baseForms(word, 'verb').length > 0 && isMainlyNoun(word) === false;
const governmentOf = (word: string | undefined): string | undefined => (word === undefined ? undefined : GOVERNMENTS[word]);

interface Word {
  text: string;
  lower: string;
  at: number;
}

// Where something is ("in Washington"), or an article before the thing it names ("the Kabul
// bombing"): the city, even when no fact names it.
const IN_PLACE = new Set(['in', 'near', 'at', 'inside', 'outside', 'around', 'across', 'into', 'the', 'a', 'an']);
// After these too a capital is a place, where the base names the city: "flights to Beijing",
// "the restaurant in Kabul bombed", "this Kabul attack".
const PLACE_BEFORE = new Set([...IN_PLACE, 'from', 'to', 'of', 'this', 'that']);
// "What did Beijing demand": after an auxiliary the subject's verb follows, even one mostly used as a noun.
const AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
const canBeVerb = (word: string | undefined): boolean => word !== undefined && baseForms(word, 'verb').length > 0;

// "According to Islamabad", "per Beijing": whose claim it is, a government's.
const SPEAKS = (words: readonly Word[], at: number): boolean =>
  words[at - 1]?.lower === 'per' || (words[at - 1]?.lower === 'to' && words[at - 2]?.lower === 'according');

// A date between the article and the capital ("the January 19 Kabul bombing") leaves the capital after the article.
const DATE_WORD = new RegExp(`^(?:${MONTH_NAMES}|\\d{1,4})$`);

// "Beijing–Islamabad joint statement", "the Islamabad line": what only a government issues or holds.
const GOVERNMENT_ISSUES = new Set(['joint', 'statement', 'statements', 'stance', 'position', 'policy', 'line', 'demands', 'officials', 'government']);

function actsAfter(words: readonly Word[], at: number): boolean {
  if (SPEAKS(words, at)) return true;
  let before = at - 1;
  while (before > 0 && DATE_WORD.test(words[before]!.lower)) before--;
  if (PLACE_BEFORE.has(words[before]?.lower ?? '')) return false;
  let next = at + 1;
  // "Beijing and Islamabad demand", "Beijing Islamabad joint statement": coordinated capitals share the verb.
  for (;;) {
    if (words[next]?.lower === 'and' && governmentOf(words[next + 1]?.lower)) next += 2;
    else if (governmentOf(words[next]?.lower)) next += 1;
    else break;
  }
  if (GOVERNMENT_ISSUES.has(words[next]?.lower ?? '')) return true;
  while (next < words.length && BETWEEN.has(words[next]!.lower)) next++;
  const asked = words.slice(Math.max(0, at - 3), at).some((word) => AUXILIARIES.has(word.lower));
  return asked ? canBeVerb(words[next]?.lower) : isVerb(words[next]?.lower);
}

/** The question with capitals that act, own or (when the base never names them) are acted on replaced by their governments. */
export function governmentsForCapitals(question: string, knownWord: (word: string) => boolean): string {
  const words: Word[] = [...question.matchAll(/[\p{L}\p{N}]+(?:['’]s\b)?/gu)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), at: m.index }));
  let out = '';
  let copied = 0;
  words.forEach((word, index) => {
    const possessive = /['’]s$/.test(word.lower);
    const capital = possessive ? word.lower.slice(0, -2) : word.lower;
    const government = governmentOf(capital);
    if (!government) return;
    const governs = possessive || actsAfter(words, index) || (!knownWord(capital) && !IN_PLACE.has(words[index - 1]?.lower ?? ''));
    if (!governs) return;
    out += question.slice(copied, word.at) + government + (possessive ? '’s' : '');
    copied = word.at + word.text.length;
  });
  return out + question.slice(copied);
}
