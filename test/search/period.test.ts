import { describe, expect, it } from 'vitest';
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
    ['clashes in Dec 2025', { from: '2025-12-01', to: '2025-12-31' }],
    ['what happened on 19 January 2026', { from: '2026-01-19', to: '2026-01-19' }],
    ['what happened on January 19, 2026', { from: '2026-01-19', to: '2026-01-19' }],
    ['attacks on 2026-01-19', { from: '2026-01-19', to: '2026-01-19' }],
    ['attacks 2023-2025', { from: '2023-01-01', to: '2025-12-31' }],
    ['attacks between 2023 and 2025', { from: '2023-01-01', to: '2025-12-31' }],
    ['terrorism since 2021', { from: '2021-01-01', to: null }],
    ['terrorism since August 2021', { from: '2021-08-01', to: null }],
    ['attacks after 2023', { from: '2024-01-01', to: null }],
    ['attacks before 2024', { from: null, to: '2023-12-31' }],
    ['attacks last year', { from: '2025-01-01', to: '2025-12-31' }],
    ['attacks this year', { from: '2026-01-01', to: '2026-12-31' }],
    ['attacks last month', { from: '2026-10-01', to: '2026-10-31' }],
    ['attacks in February 2024', { from: '2024-02-01', to: '2024-02-29' }],
  ])('%s', (question, expected) => {
    expect(periodOf(question)).toEqual(expected);
  });

  it('finds no period where none is asked', () => {
    expect(periodOf('length of the Tajik border')).toBeNull();
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
