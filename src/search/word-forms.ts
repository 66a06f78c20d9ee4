/**
 * Other ways to write a word (British/American spelling, transliterations) and words analysts use
 * for the same thing. Variants count as the word itself; synonyms count as a looser match.
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

const SYNONYMS: readonly (readonly string[])[] = [
  ['attack', 'attacks', 'assault', 'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing',
    'bombings', 'bomb', 'clash', 'clashes', 'firefight', 'violence', 'infiltration', 'infiltrations',
    'incursion', 'ambush', 'shooting', 'fired'],
  ['killed', 'kill', 'killing', 'dead', 'death', 'deaths', 'fatalities', 'fatality', 'died', 'lives',
    'casualties', 'toll'],
  ['border', 'borders', 'frontier', 'boundary'],
  ['length', 'long', 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'miles', 'distance'],
  ['madrassa', 'madrassas', 'seminary', 'seminaries'],
  ['terrorism', 'terror', 'terrorist', 'terrorists', 'militancy', 'militant', 'militants', 'extremism',
    'extremist', 'radicalism', 'jihadist'],
  ['deny', 'denies', 'denied', 'denial', 'reject', 'rejects', 'rejected'],
  ['harboring', 'harbor', 'shelter', 'sheltering', 'protect', 'protecting', 'tolerate', 'tolerating', 'haven'],
  ['closed', 'close', 'closure', 'shut', 'sealed'],
  ['workers', 'worker', 'employees', 'employee', 'staff'],
  ['students', 'student', 'pupils'],
  ['guards', 'guard', 'troops', 'soldiers', 'forces'],
  ['drone', 'uav'],
  ['statement', 'declaration', 'communique'],
  ['increase', 'rise', 'rising', 'hike', 'grew', 'growth', 'escalation', 'surge'],
  ['warned', 'warning', 'warns', 'warn'],
  ['demand', 'demands', 'demanded', 'urge', 'urges', 'urged', 'urging', 'press', 'pressed'],
];

function indexGroups(groups: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of groups) for (const word of group) index.set(word, group);
  return index;
}

const transliterationIndex = indexGroups(TRANSLITERATIONS);
const synonymIndex = indexGroups(SYNONYMS);

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

/** Words that mean much the same in a briefing (not including the word itself). */
export function synonymsOf(word: string): string[] {
  return (synonymIndex.get(word) ?? []).filter((other) => other !== word);
}
