/**
 * Other ways to write a word (British/American spelling, transliterations); they count as the word
 * itself. Words with other meanings come from WordNet and the briefing groups (lexicon/).
 */

const TRANSLITERATIONS: readonly (readonly string[])[] = [
  ['madrassa', 'madrasa', 'madrasah', 'madrassah'],
  ['madrassas', 'madrasas', 'madrasahs', 'madrassahs', 'madaris'],
  ['qaeda', 'qaida', 'qa', 'ida'],
  ['taliban', 'taleban'],
  ['uyghur', 'uighur', 'uygur'],
  ['uyghurs', 'uighurs', 'uygurs'],
  ['daesh', 'daish'],
  ['mujahideen', 'mujahidin'],
  ['jihadi', 'jihadist'],
];

function indexGroups(groups: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of groups) for (const word of group) index.set(word, group);
  return index;
}

const transliterationIndex = indexGroups(TRANSLITERATIONS);

// British and American spellings, both ways: harbouring/harboring, destabilise/destabilize, kilometre/kilometer.
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/our/, 'or'],
  [/([bhvl])or(?!ou)/, '$1our'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/iz(e|ed|es|ing|ation|ations)$/, 'is$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ter(s?)$/, 'tre$1'],
];

/** The word and its other spellings. */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>([word, ...(transliterationIndex.get(word) ?? [])]);
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) variants.add(word.replace(pattern, replacement));
  }
  return [...variants];
}
