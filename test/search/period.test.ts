import { describe, expect, it } from 'vitest';
import type { FactView } from '../../src/reply';
import { fitPeriod } from '../../src/search/period-fit';
import { extractPeriod, overlaps } from '../../src/search/period';

const today = new Date('2026-11-24T12:00:00Z');
const periodOf = (question: string) => {
  const { period } = extractPeriod(question, today);
  return period && { from: period.from, to: period.to };
};

describe('reading the period a question asks about', () => {
  it.each([
    ['TTP attacks in 2025', { from: '2025-01-01', to: '2025-12-31' }],
    ['Kabul bombing January 2026', { from: '2026-01-01', to: '2026-01-31' }],
    ['what happened in Khatlon a year ago this month', { from: '2025-11-01', to: '2025-11-30' }],
    ['attacks two months ago', { from: '2026-09-01', to: '2026-09-30' }],
    ['the border a year ago', { from: '2025-01-01', to: '2025-12-31' }],
    ['clashes in Dec 2025', { from: '2025-12-01', to: '2025-12-31' }],
    ['how many died in kp last yr', { from: '2025-01-01', to: '2025-12-31' }],
    ['was a chinese citizen killed in the jan 19 kabul bombing', { from: '2026-01-19', to: '2026-01-19' }],
    ['what happened on 3rd of december', { from: '2025-12-03', to: '2025-12-03' }],
    ["ISKP Kabul attack Jan '26", { from: '2026-01-01', to: '2026-01-31' }],
    ['china pak joint statement jan 26', { from: '2026-01-01', to: '2026-01-31' }],
    ['khatlon drone nov 25', { from: '2025-11-01', to: '2025-11-30' }],
    ['the attack on January 26', { from: '2026-01-26', to: '2026-01-26' }],
    ['dec 25th attack', { from: '2025-12-25', to: '2025-12-25' }],
    ['Kabul bombing - Jan 9 or Jan 19?', { from: '2026-01-09', to: '2026-01-19' }],
    ['attacks since ’21', { from: '2021-01-01', to: null }],
    ['by what % did KP deaths go up 2024 -> 2025', { from: '2024-01-01', to: '2025-12-31' }],
    ["KP fatalities '25 vs '24", { from: '2025-01-01', to: '2025-12-31' }],
    ['ttp attacks past 2 yrs', { from: '2024-01-01', to: '2026-11-24' }],
    ['attacks in the past year', { from: '2025-01-01', to: '2026-11-24' }],
    ['what happened on 19 January 2026', { from: '2026-01-19', to: '2026-01-19' }],
    ['what happened on January 19, 2026', { from: '2026-01-19', to: '2026-01-19' }],
    ['attacks on 2026-01-19', { from: '2026-01-19', to: '2026-01-19' }],
    ['attacks 2023-2025', { from: '2023-01-01', to: '2025-12-31' }],
    ['attacks between 2023 and 2025', { from: '2023-01-01', to: '2025-12-31' }],
    ['terrorism since 2021', { from: '2021-01-01', to: null }],
    ['terrorism since August 2021', { from: '2021-08-01', to: null }],
    ['attacks after 2023', { from: '2024-01-01', to: null }],
    ['attacks before 2024', { from: null, to: '2023-12-31' }],
    ['registered madrassas pre-2021', { from: null, to: '2020-12-31' }],
    ['clashes post 2021', { from: '2022-01-01', to: null }],
    ['KPK fatalities in 2025 compared with 2024', { from: '2025-01-01', to: '2025-12-31' }],
    ['attacks last year', { from: '2025-01-01', to: '2025-12-31' }],
    ['attacks this year', { from: '2026-01-01', to: '2026-12-31' }],
    ['attacks last month', { from: '2026-10-01', to: '2026-10-31' }],
    ['attacks in February 2024', { from: '2024-02-01', to: '2024-02-29' }],
    ['did Islamabad shut the crossings last autumn', { from: '2025-09-01', to: '2025-11-30' }],
    ['clashes this summer', { from: '2026-06-01', to: '2026-08-31' }],
    ['attacks in the fall of 2024', { from: '2024-09-01', to: '2024-11-30' }],
    ['attacks in winter 2025', { from: '2024-12-01', to: '2025-02-28' }],
    ['the border last winter', { from: '2025-12-01', to: '2026-02-28' }],
  ])('%s', (question, expected) => {
    expect(periodOf(question)).toEqual(expected);
  });

  it.each([
    ['madrassa students during the republic', { from: '2004-01-01', to: '2021-08-31' }],
    ['seminaries under the old republic', { from: '2004-01-01', to: '2021-08-31' }],
    ['enrolment since the republic collapsed', { from: '2021-08-01', to: null }],
    ['attacks traced to Afghanistan since the takeover', { from: '2021-08-01', to: null }],
    ['enrolment since the Taliban took over', { from: '2021-08-01', to: null }],
    ['madrassa students before the taliban takeover', { from: null, to: '2021-08-31' }],
    ['religious schools before the taliban came back', { from: null, to: '2021-08-31' }],
    ['Since the Taliban takeover in August 2021, attacks', { from: '2021-08-01', to: null }],
    ['Since the Taliban takeover in 2022, attacks', { from: '2022-01-01', to: null }],
  ])('reads the named period in “%s”', (question, expected) => {
    expect(periodOf(question)).toEqual(expected);
  });

  it('takes “last spring” as the latest spring that has ended', () => {
    expect(extractPeriod('attacks last spring', new Date('2026-04-10T12:00:00Z')).period).toMatchObject({ from: '2025-03-01', to: '2025-05-31' });
    expect(extractPeriod('attacks last spring', new Date('2026-06-10T12:00:00Z')).period).toMatchObject({ from: '2026-03-01', to: '2026-05-31' });
    expect(extractPeriod('attacks this winter', new Date('2026-12-10T12:00:00Z')).period).toMatchObject({ from: '2026-12-01', to: '2027-02-28' });
  });

  it('takes a year the question sets a figure against for its baseline, not the period asked', () => {
    expect(periodOf('KPK death toll rise vs 2024')).toBeNull();
    expect(periodOf('were there more attacks than in 2023')).toBeNull();
    expect(extractPeriod('KPK death toll rise vs 2024', today).rest).not.toMatch(/2024/);
  });

  it('reads "may" and "march" as words unless a preposition or article makes them months', () => {
    expect(periodOf('may the TTP attack again')).toBeNull();
    expect(periodOf('will militants march into Tajikistan')).toBeNull();
  });

  it('finds no period where none is asked', () => {
    expect(periodOf('length of the Tajik border')).toBeNull();
    expect(periodOf('madrassa count under the taliban')).toBeNull();
    // No month has a 45th day.
    expect(periodOf('january 45 bombing')).toBeNull();
    // A decade is no year.
    expect(periodOf("madrassas in the '90s")).toBeNull();
  });

  it('takes the period words out of the question', () => {
    expect(extractPeriod('TTP attacks since 2023', today).rest).not.toMatch(/since|2023/);
  });
});

describe('matching a fact’s period', () => {
  const in2025 = { from: '2025-01-01', to: '2025-12-31', label: '2025' };

  it('counts an ongoing fact that began earlier as covering a later year', () => {
    expect(overlaps({ start: '2023', end: null }, in2025)).toBe(true);
  });

  it('counts a month inside the year', () => {
    expect(overlaps({ start: '2025-10', end: '2025-10' }, in2025)).toBe(true);
  });

  it('rejects a fact that ended before the period', () => {
    expect(overlaps({ start: '2004', end: '2021-08' }, in2025)).toBe(false);
  });

  it('leaves an undated fact undecided', () => {
    expect(overlaps({ start: null, end: null }, in2025)).toBeUndefined();
  });
});

describe('reading relative and partial periods', () => {
  it.each([
    ['What happened in Kabul last January?', { from: '2026-01-01', to: '2026-01-31' }],
    ['attacks last December', { from: '2025-12-01', to: '2025-12-31' }],
    ['how did policymakers see Afghanistan as of this February', { from: '2026-02-01', to: '2026-02-28' }],
    ['what happened in Kabul on the 19th of this January', { from: '2026-01-19', to: '2026-01-19' }],
    ['Kabul bombing in January this year', { from: '2026-01-01', to: '2026-01-31' }],
    ['what happened in kabul in mid-january this year', { from: '2026-01-01', to: '2026-01-31' }],
    ['the border closure in October of last year', { from: '2025-10-01', to: '2025-10-31' }],
    ['clashes in early December 2025', { from: '2025-12-01', to: '2025-12-31' }],
    ['how many crossed in the December incident', { from: '2025-12-01', to: '2025-12-31' }],
    ['what happened in January', { from: '2026-01-01', to: '2026-01-31' }],
    ['clashes in early 2025', { from: '2025-01-01', to: '2025-04-30' }],
    ['clashes in late 2025', { from: '2025-09-01', to: '2025-12-31' }],
    ['clashes at the end of 2025', { from: '2025-09-01', to: '2025-12-31' }],
    ['did the border close late last year', { from: '2025-09-01', to: '2025-12-31' }],
    ['statements at the start of this year', { from: '2026-01-01', to: '2026-04-30' }],
    ['raids in mid-2024', { from: '2024-05-01', to: '2024-08-31' }],
    ['attacks in the first half of 2025', { from: '2025-01-01', to: '2025-06-30' }],
    ['attacks in the second half of 2025', { from: '2025-07-01', to: '2025-12-31' }],
    ['attacks over the past three years', { from: '2023-01-01', to: '2026-11-24' }],
    ['guards killed in the past year', { from: '2025-01-01', to: '2026-11-24' }],
    ['the Kabul bombing earlier this year', { from: '2026-01-01', to: '2026-11-24' }],
    ['border security next year', { from: '2027-01-01', to: '2027-12-31' }],
    ['Since the Taliban takeover in August 2021, attacks', { from: '2021-08-01', to: null }],
  ])('%s', (question, expected) => {
    expect(periodOf(question)).toEqual(expected);
  });

  it('does not read a place after “from” as the start of a period', () => {
    expect(periodOf('infiltration from Afghanistan reported in 2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});

describe('whether a fact answers for the asked period', () => {
  const fact = (start: string | null, end: string | null, publishedOn: string | null = '2026-02-09') =>
    ({ period: { start, end }, source: { publishedOn } }) as unknown as FactView;
  const year = (y: string) => ({ from: `${y}-01-01`, to: `${y}-12-31`, label: y });

  it('answers with a fact inside the period', () => {
    expect(fitPeriod(fact('2025-12', '2025-12'), year('2025'), today)).toBe('within');
  });

  it('does not answer for one year with a figure for a wider span', () => {
    expect(fitPeriod(fact('2021', '2025'), year('2024'), today)).toBe('overlap');
    expect(fitPeriod(fact('2025', '2025'), year('2024'), today)).toBe('outside');
  });

  it('answers with a fact nearly all of whose span lies inside the period, as whole years recorded spill over', () => {
    const before2021 = { from: null, to: '2020-12-31', label: 'pre-2021' };
    expect(fitPeriod(fact('2004', '2021'), before2021, today)).toBe('within');
    // Half of a two-year figure is the other year's.
    expect(fitPeriod(fact('2020', '2021'), before2021, today)).toBe('overlap');
    expect(fitPeriod(fact('2024', '2025'), year('2024'), today)).toBe('overlap');
  });

  it('ends an ongoing fact at its source’s publication, not in the future', () => {
    expect(fitPeriod(fact('2023', null), year('2027'), today)).toBe('outside');
    expect(fitPeriod(fact('2023', null), { from: '2023-01-01', to: null, label: 'since 2023' }, today)).toBe('within');
    expect(fitPeriod(fact('2023', null), year('2021'), today)).toBe('outside');
  });

  it('ends an ongoing fact with an undated source today', () => {
    expect(fitPeriod(fact('2021', null, null), { from: '2021-01-01', to: null, label: 'since 2021' }, today)).toBe('within');
  });

  it('leaves an undated fact timeless', () => {
    expect(fitPeriod(fact(null, null), year('2025'), today)).toBe('timeless');
  });
});
