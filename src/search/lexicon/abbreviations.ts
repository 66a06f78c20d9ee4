/**
 * Abbreviations analysts type for everyday and briefing words ("govts", "refs", "ops", "CT"). WordNet
 * and SUBTLEX hold the full words, not these clipped forms, so without the expansion a question
 * that uses one reads as naming something the base lacks. Entity abbreviations ("TTP", "KP") are
 * entity aliases, resolved before these; a word the base itself holds is never expanded.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: 'government',
  govt: 'government',
  govts: 'governments',
  govs: 'governments',
  admin: 'administration',
  dept: 'department',
  intl: 'international',
  natl: 'national',
  approx: 'approximately',
  avg: 'average',
  est: 'estimated',
  ref: 'reference',
  refs: 'references',
  ops: 'operations',
  org: 'organisation',
  orgs: 'organisations',
  mil: 'military',
  hq: 'headquarters',
  pres: 'president',
  pm: 'prime minister',
  fm: 'foreign minister',
  ct: 'counterterrorism',
  secdef: 'secretary of defense',
  uni: 'university',
  univ: 'university',
  // Briefing shorthand for weapons, casualties and people on the move (a UAV is in the drone group).
  ied: 'improvised explosive device',
  ieds: 'improvised explosive devices',
  vbied: 'car bomb',
  kia: 'killed',
  wia: 'wounded',
  idp: 'displaced',
  idps: 'displaced',
  mfa: 'foreign ministry',
  paf: 'pakistani air force',
  pow: 'prisoner',
  pows: 'prisoners',
  // Chat shorthand.
  ppl: 'people',
  wat: 'what',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  pls: 'please',
  plz: 'please',
  bc: 'because',
  cuz: 'because',
};

/** The words an abbreviation stands for, or the word itself; `knownWord` keeps the base's own words as they are. */
export function expandAbbreviation(word: string, knownWord: (word: string) => boolean): string[] {
  const full = ABBREVIATIONS[word];
  return full === undefined || knownWord(word) ? [word] : full.split(' ');
}
