import { type Period, firstDayOf, lastDayOf } from '../domain/period';
import { NAMED_PERIODS, type NamedPeriod } from './lexicon/named-periods';

/** A period asked about, as inclusive ISO day bounds (null = open), and the words that said it. */
export interface AskedPeriod {
  from: string | null;
  to: string | null;
  label: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(3[01]|[12]\\d|0?[1-9])';
// "Mid-January 2026", "early December": a part of a month is read as the month.
const PART_OF_MONTH = '(?:(?:early|mid|late)[\\s-]+)?';

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "Early 2025" (or its start, its beginning) is its first four months, "mid" the middle four,
// "late" (its end) the last four.
const PARTS_OF_YEAR = { early: ['01', '04'], mid: ['05', '08'], late: ['09', '12'] } as const;
const PART_OF_YEAR = '(early|mid|late|(?:the\\s+)?(?:start|beginning|end)\\s+of)';
const partOfYear = (word: string): (typeof PARTS_OF_YEAR)[keyof typeof PARTS_OF_YEAR] => {
  const part = word.toLowerCase();
  return part.includes('end')
    ? PARTS_OF_YEAR.late
    : part.includes('start') || part.includes('beginning')
      ? PARTS_OF_YEAR.early
      : PARTS_OF_YEAR[part as keyof typeof PARTS_OF_YEAR];
};
// The meteorological seasons of the northern hemisphere, where the briefings' places lie: months
// from the first to the last (winter starts in the December before the year it is named by).
const SEASON_WORD = '(spring|summer|autumn|fall|winter)';
const SEASON_MONTHS: Record<string, readonly [first: number, last: number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

function seasonOf(word: string, year: number, label: string): AskedPeriod {
  const [first, last] = SEASON_MONTHS[word.toLowerCase()]!;
  const startYear = first > last ? year - 1 : year;
  return span(`${startYear}-${pad(first)}`, `${year}-${pad(last)}`, label);
}

/**
 * The year naming the latest such season that has ended before today's month ("last"), or the
 * season of today's year ("this"; in December, "this winter" is the one that has just begun).
 */
function seasonYear(word: string, which: string, today: Date): number {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const [first, last] = SEASON_MONTHS[word.toLowerCase()]!;
  if (/^(this|current)$/i.test(which)) return first > last && month >= first ? year + 1 : year;
  return last < month ? year : year - 1;
}

function span(start: string, end: string, label: string): AskedPeriod {
  return { from: firstDayOf(start), to: lastDayOf(end), label };
}

interface PeriodRule {
  pattern: RegExp;
  toPeriod(match: RegExpExecArray, today: Date): AskedPeriod;
}

const ERA_WITHIN = /^(?:during|under|in|throughout)$/i;
const BEFORE = /^(?:before|prior to|until|till)$/i;

// "During the republic" is the era; "since the republic collapsed", "after the takeover" run from
// its end (an event's end is its start); "before the takeover" runs up to it, its month included,
// since a source dates such an event by the month.
function namedPeriodRule(named: NamedPeriod): PeriodRule {
  const ended = named.ended ? String.raw`(?:\s+(?:${named.ended}))?` : '';
  return {
    pattern: new RegExp(
      String.raw`\b(during|under|in|throughout|since|after|following|from|before|prior to|until|till)\s+the\s+(?:${named.name})${ended}\b`,
      'i',
    ),
    toPeriod: (m) => {
      const word = m[1]!;
      if (ERA_WITHIN.test(word)) return span(named.start, named.end, m[0]);
      if (BEFORE.test(word)) return { from: null, to: named.start === named.end ? lastDayOf(named.end) : previousDay(firstDayOf(named.start)), label: m[0] };
      return { from: firstDayOf(named.end), to: null, label: m[0] };
    },
  };
}

// Most specific first: the first rule that matches wins and its words leave the question.
const RULES: PeriodRule[] = [
  {
    pattern: /\b(?:between|from)\s+(?:the\s+)?((?:19|20)\d{2})\s+(?:and|to|until|till)\s+((?:19|20)\d{2})\b/i,
    toPeriod: (m) => span(m[1]!, m[2]!, m[0]),
  },
  // "2023-2025", "2024 -> 2025".
  { pattern: /\b((?:19|20)\d{2})\s*(?:->|=>|→|[-–—/])\s*((?:19|20)\d{2})\b/, toPeriod: (m) => span(m[1]!, m[2]!, m[0]) },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, toPeriod: (m) => span(m[0], m[0], m[0]) },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+${YEAR}\\b`, 'i'),
    toPeriod: (m) => {
      const date = `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`;
      return span(date, date, m[0]);
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'i'),
    toPeriod: (m) => {
      const date = `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`;
      return span(date, date, m[0]);
    },
  },
  {
    // "pre-2021", "post 2021": the prefixes as words.
    pattern: new RegExp(`\\b(since|after|from|before|until|till|by|prior to|pre|post)(?:\\s+|-)(?:${MONTH_WORD}\\s+)?${YEAR}\\b`, 'i'),
    toPeriod: (m) => {
      const month = m[2] ? `${m[3]}-${pad(monthNumber(m[2]))}` : m[3]!;
      const word = m[1]!.toLowerCase();
      if (word === 'since' || word === 'from') return { from: firstDayOf(month), to: null, label: m[0] };
      if (word === 'after' || word === 'post') return { from: nextDay(lastDayOf(month)), to: null, label: m[0] };
      if (word === 'before' || word === 'prior to' || word === 'pre') return { from: null, to: previousDay(firstDayOf(month)), label: m[0] };
      return { from: null, to: lastDayOf(month), label: m[0] };
    },
  },
  {
    // "Since the Taliban takeover in August 2021": what happened then is only the starting point.
    pattern: new RegExp(`\\b(since)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(?:in\\s+)?(?:${MONTH_WORD}\\s+)?${YEAR}\\b`, 'iu'),
    toPeriod: (m) => ({ from: firstDayOf(m[2] ? `${m[3]}-${pad(monthNumber(m[2]))}` : m[3]!), to: null, label: m[0] }),
  },
  {
    pattern: new RegExp(`\\b${PART_OF_MONTH}${MONTH_WORD}\\s+${YEAR}\\b`, 'i'),
    toPeriod: (m) => {
      const month = `${m[2]}-${pad(monthNumber(m[1]!))}`;
      return span(month, month, m[0]);
    },
  },
  {
    pattern: new RegExp(`\\b(first|second|1st|2nd)\\s+half\\s+of\\s+${YEAR}\\b`, 'i'),
    toPeriod: (m) => (/^(first|1st)$/i.test(m[1]!) ? span(`${m[2]}-01`, `${m[2]}-06`, m[0]) : span(`${m[2]}-07`, `${m[2]}-12`, m[0])),
  },
  {
    pattern: new RegExp(`\\b${PART_OF_YEAR}[\\s-]+${YEAR}\\b`, 'i'),
    toPeriod: (m) => {
      const [first, last] = partOfYear(m[1]!);
      return span(`${m[2]}-${first}`, `${m[2]}-${last}`, m[0]);
    },
  },
  {
    // "late last year", "at the start of this year": that part of the year today names.
    pattern: new RegExp(`\\b${PART_OF_YEAR}[\\s-]+(last|this|the\\s+past|previous|the\\s+current)\\s+year\\b`, 'i'),
    toPeriod: (m, today) => {
      const [first, last] = partOfYear(m[1]!);
      const year = today.getUTCFullYear() - (/^(?:this|current)$/i.test(m[2]!.replace(/^the\s+/i, '')) ? 0 : 1);
      return span(`${year}-${first}`, `${year}-${last}`, m[0]);
    },
  },
  {
    pattern: new RegExp(`\\b${SEASON_WORD}\\s+(?:of\\s+)?${YEAR}\\b`, 'i'),
    toPeriod: (m) => seasonOf(m[1]!, Number(m[2]), m[0]),
  },
  { pattern: new RegExp(`\\b${YEAR}\\b`), toPeriod: (m) => span(m[1]!, m[1]!, m[0]) },
  {
    pattern: new RegExp(`\\b(last|this|past|previous|current)\\s+${SEASON_WORD}\\b`, 'i'),
    toPeriod: (m, today) => seasonOf(m[2]!, seasonYear(m[2]!, m[1]!, today), m[0]),
  },
  {
    pattern: new RegExp(`\\blast\\s+${MONTH_WORD}(?!\\s*\\d)`, 'i'),
    toPeriod: (m, today) => {
      const month = monthNumber(m[1]!);
      const year = today.getUTCFullYear() - (month < today.getUTCMonth() + 1 ? 0 : 1);
      return span(`${year}-${pad(month)}`, `${year}-${pad(month)}`, m[0]);
    },
  },
  // "This February": that month of today's year; "the 19th of this January", that day of it.
  {
    pattern: new RegExp(`\\b(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+)?this\\s+${MONTH_WORD}(?!\\s*\\d)`, 'i'),
    toPeriod: (m, today) => {
      const month = `${today.getUTCFullYear()}-${pad(monthNumber(m[2]!))}`;
      const day = m[1] && Number(m[1]) >= 1 && Number(m[1]) <= 31 ? `${month}-${pad(Number(m[1]))}` : month;
      return span(day, day, m[0]);
    },
  },
  {
    pattern: /\b(?:earlier|so\s+far)\s+this\s+year\b|\bthis\s+year\s+so\s+far\b/i,
    toPeriod: (m, today) => ({ from: `${today.getUTCFullYear()}-01-01`, to: isoDay(today), label: m[0] }),
  },
  {
    // "In the past two years", "past 2 years"; "the past year" is the twelve months to today, where
    // "past year" alone is last year (below).
    pattern:
      /\b(?:in\s+)?(?:the\s+)?(?:last|past)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years\b|\b(?:in\s+)?the\s+(?:last|past)\s+(year|decade)\b/i,
    toPeriod: (m, today) => {
      const count = m[2] ? (m[2].toLowerCase() === 'decade' ? 10 : 1) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]));
      return { from: `${today.getUTCFullYear() - count}-01-01`, to: isoDay(today), label: m[0] };
    },
  },
  {
    pattern: /\bnext\s+(year|month)\b|\bin\s+the\s+coming\s+(year|months?)\b/i,
    toPeriod: (m, today) => {
      const year = today.getUTCFullYear();
      if (/year/i.test(m[0])) return span(String(year + 1), String(year + 1), m[0]);
      const date = new Date(Date.UTC(year, today.getUTCMonth() + 1, 1));
      const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
      return span(month, month, m[0]);
    },
  },
  {
    // "a year ago this month" is that month a year back; "two months ago" that month; "a year ago" that year.
    pattern: /\b(a|an|one|two|three|four|five|six|\d{1,2})\s+(years?|months?)\s+ago(\s+this\s+month)?\b/i,
    toPeriod: (m, today) => {
      const count = NUMBER_WORDS[m[1]!.toLowerCase()] ?? (Number(m[1]) || 1);
      const months = /year/i.test(m[2]!) ? 12 * count : count;
      const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
      if (/year/i.test(m[2]!) && !m[3]) return span(String(date.getUTCFullYear()), String(date.getUTCFullYear()), m[0]);
      const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
      return span(month, month, m[0]);
    },
  },
  // "January this year", "in October of last year": that month of the year named.
  {
    pattern: new RegExp(`\\b${PART_OF_MONTH}${MONTH_WORD}\\s+(?:of\\s+)?(this|last)\\s+year\\b`, 'i'),
    toPeriod: (m, today) => {
      const month = `${today.getUTCFullYear() - (m[2]!.toLowerCase() === 'last' ? 1 : 0)}-${pad(monthNumber(m[1]!))}`;
      return span(month, month, m[0]);
    },
  },
  {
    pattern: /\b(last|this|past|previous|current)\s+(year|month)\b/i,
    toPeriod: (m, today) => {
      const back = /last|past|previous/i.test(m[1]!) ? 1 : 0;
      const year = today.getUTCFullYear();
      if (m[2]!.toLowerCase() === 'year') return span(String(year - back), String(year - back), m[0]);
      const date = new Date(Date.UTC(year, today.getUTCMonth() - back, 1));
      const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
      return span(month, month, m[0]);
    },
  },
  // Named last: a date the question gives wins over the name of its period.
  ...NAMED_PERIODS.map(namedPeriodRule),
  // "Jan 9 or Jan 19": two days offered, either of which may be the one; the span of both.
  {
    pattern: new RegExp(`\\b${MONTH_WORD}\\s+${DAY}(?:st|nd|rd|th)?\\s+or\\s+(?:${MONTH_WORD}\\s+)?${DAY}(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)`, 'iu'),
    toPeriod: (m, today) => {
      const first = latestDay(monthNumber(m[1]!), Number(m[2]), today);
      const second = latestDay(monthNumber(m[3] ?? m[1]!), Number(m[4]), today);
      return first <= second ? span(first, second, m[0]) : span(second, first, m[0]);
    },
  },
  // "The jan 19 Kabul bombing", "on 19 January": a day without a year is the latest one so far. The
  // day must follow at once ("May 2 people …" is too rare to weigh against "May 19").
  {
    pattern: new RegExp(
      `\\b${MONTH_WORD}\\s+${DAY}(?:st|nd|rd|th)?(?![\\d,:]*\\s*\\d)(?![\\p{L}\\d])|\\b${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?!\\s*,?\\s*\\d)(?![\\p{L}'’-])`,
      'iu',
    ),
    toPeriod: (m, today) => {
      const day = latestDay(monthNumber(m[1] ?? m[4]!), Number(m[2] ?? m[3]), today);
      return span(day, day, m[0]);
    },
  },
  // "The December incident", "in January": a month without a year is the latest one so far. A
  // preposition or article must come first, so that "may" the verb and "march" the walk are words.
  {
    pattern: new RegExp(`\\b(?:in|on|during|the|of)\\s+${PART_OF_MONTH}${MONTH_WORD}(?!\\s*\\d)(?![\\p{L}'’-])`, 'iu'),
    toPeriod: (m, today) => {
      const number = monthNumber(m[1]!);
      const month = `${today.getUTCFullYear() - (number > today.getUTCMonth() + 1 ? 1 : 0)}-${pad(number)}`;
      return { ...span(month, month, m[0]), label: m[0].replace(/^\S+\s+/, '') };
    },
  },
];

/** That day of the month in today's year, or the year before when it has not come yet. */
function latestDay(month: number, dayOfMonth: number, today: Date): string {
  const thisYear = `${today.getUTCFullYear()}-${pad(month)}-${pad(dayOfMonth)}`;
  return thisYear > isoDay(today) ? `${today.getUTCFullYear() - 1}-${pad(month)}-${pad(dayOfMonth)}` : thisYear;
}

function shiftDay(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}
const nextDay = (day: string): string => shiftDay(day, 1);
const previousDay = (day: string): string => shiftDay(day, -1);

// "china pak joint statement jan 26", "khatlon drone nov 25": after a clipped month name, a number
// from 20 that could be a recent year is one; a day says so with its ending ("dec 25th") and a
// full month name keeps it a day ("January 26").
const CLIPPED_MONTH_YEAR = /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(2\d)\b(?!\s*(?:st|nd|rd|th)\b|\s*,?\s*(?:19|20)\d\d)/gi;

// "The death toll's rise vs 2024", "attacks in 2025 compared with 2024": the year set against is
// what the asked figure is measured from, not the period asked about; the statement names it.
const BASELINE_YEAR = /\b(?:vs\.?|versus|compared (?:to|with)|as against|than(?: in)?)\s+(?:(?:the )?(?:year )?)(?:19|20)\d\d\b/gi;

/** Finds the period a question asks about and the question with those words taken out. */
export function extractPeriod(question: string, today: Date): { period: AskedPeriod | null; rest: string } {
  // "last yr", "past two yrs", "Jan '26": the shorthand is the word every rule reads (a clipped
  // year is of this century; "the '90s" is no year).
  const asked = question
    .replace(/\byr(s?)\b/gi, (_, plural: string) => `year${plural}`)
    .replace(/(^|\s)['’]([0-2]\d)\b(?!['’]?s\b)/g, (_, space: string, year: string) => `${space}20${year}`)
    .replace(CLIPPED_MONTH_YEAR, (whole, month: string, year: string) => (2000 + Number(year) <= today.getUTCFullYear() + 1 ? `${month} 20${year}` : whole))
    .replace(BASELINE_YEAR, ' ');
  for (const rule of RULES) {
    const match = rule.pattern.exec(asked);
    if (!match) continue;
    const period = rule.toPeriod(match, today);
    const rest = `${asked.slice(0, match.index)} ${asked.slice(match.index + match[0].length)}`;
    return { period, rest };
  }
  return { period: null, rest: asked };
}

/** Whether a fact's period overlaps the asked one; undated facts are `undefined` (timeless). */
export function overlaps(fact: Period, asked: AskedPeriod): boolean | undefined {
  if (fact.start === null && fact.end === null) return undefined;
  const factFrom = fact.start ? firstDayOf(fact.start) : '0000-01-01';
  const factTo = fact.end ? lastDayOf(fact.end) : '9999-12-31';
  return (asked.to === null || factFrom <= asked.to) && (asked.from === null || factTo >= asked.from);
}

/** Words that ask for the latest state of things rather than a period. */
export const RECENCY_WORDS: ReadonlySet<string> = new Set(['today', 'now', 'currently', 'current', 'latest', 'recent', 'recently', 'nowadays']);
