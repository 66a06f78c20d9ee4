import { describe, expect, it } from 'vitest';
import type { FactOutline } from '../../db/store';
import { isDated, vouchedPeriod } from '../../src/views/chronology';
import { describeGaps } from '../../src/views/coverage';

let nextId = 1;
const outline = (start: string | null, end: string | null, sourceDate: string | null = null): FactOutline => ({
  rowId: nextId++,
  period: { start, end },
  statement: 'A statement.',
  sourceRowId: 1,
  sourceDate,
});

const NO_TOTALS = 'Figures are as each source states them; no totals are added up or inferred.';

describe('what a briefing does not cover', () => {
  it('names the years inside the span that no fact touches, as spans', () => {
    const facts = [outline('2015', '2015'), outline('2016-03', '2016-03'), outline('2019', '2019'), outline('2023', '2023')].filter(isDated);
    expect(describeGaps(facts, { from: null, to: null }, 0)).toEqual([
      'No fact is dated before 2015.',
      'No fact is dated after 2023.',
      'No fact covers 2017–2018, 2020–2022.',
      NO_TOTALS,
    ]);
  });

  it('counts an ongoing fact for the years up to its source’s date only', () => {
    const facts = [outline('2018', null, '2019-05'), outline('2022', '2022')].filter(isDated);
    expect(describeGaps(facts, { from: '2018', to: '2022' }, 2)).toEqual([
      'No fact covers 2020–2021.',
      '2 undated facts left out: they cannot be placed in the range.',
      NO_TOTALS,
    ]);
  });

  it('leaves out the ends the range itself cuts', () => {
    const facts = [outline('2020', '2024')].filter(isDated);
    expect(describeGaps(facts, { from: '2021', to: '2023' }, 0)).toEqual([NO_TOTALS]);
  });
});

describe('the period a source vouches for', () => {
  it('ends an ongoing fact at its source’s date and leaves others as they are', () => {
    expect(vouchedPeriod(outline('2023', null, '2026-02-09'))).toEqual({ start: '2023', end: '2026-02-09' });
    expect(vouchedPeriod(outline('2023', null, null))).toEqual({ start: '2023', end: null });
    expect(vouchedPeriod(outline('2023', '2024', '2026'))).toEqual({ start: '2023', end: '2024' });
    expect(vouchedPeriod(outline('2023', null, '2020'))).toEqual({ start: '2023', end: '2023' });
  });
});
