/**
 * Periods a briefing names instead of dating ("during the republic", "since the takeover"): an era
 * (a start and an end) or an event (start and end the same), with the words that name it after
 * "the" and, for an era, the verbs that say it ended ("since the republic collapsed" is after its
 * end). Dates are those of the sources. An entity named in the name ("the Taliban takeover") is
 * part of the period, not what is asked about: "madrassa students before the Taliban takeover" asks
 * about madrassas.
 */
export interface NamedPeriod {
  /** Regular-expression source for the name after "the", without flags or capture groups. */
  name: string;
  /** Regular-expression source for the verbs that say an era ended. */
  ended?: string;
  start: string;
  end: string;
}

export const NAMED_PERIODS: readonly NamedPeriod[] = [
  // The Islamic Republic of Afghanistan, from its constitution to the fall of Kabul.
  { name: String.raw`(?:(?:afghan|old|former)\s+)?republic(?:\s+era|\s+years)?`, ended: 'collapsed|fell|ended', start: '2004', end: '2021-08' },
  // The Taliban's return to power in August 2021.
  {
    name: String.raw`(?:(?:taliban|afghan)(?:['’]s)?\s+)?(?:takeover|return\s+to\s+power|fall\s+of\s+kabul)`,
    start: '2021-08',
    end: '2021-08',
  },
  {
    name: String.raw`taliban\s+(?:took\s+over|(?:took|retook|seized)\s+power|(?:returned|came\s+back)(?:\s+to\s+power)?)`,
    start: '2021-08',
    end: '2021-08',
  },
];
