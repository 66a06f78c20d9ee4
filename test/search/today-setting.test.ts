import { describe, expect, it } from 'vitest';
import { clockFrom, loadConfig } from '../../src/config';
import { openFactBase } from '../../src/fact-base';
import { createSearcher } from '../../src/search/searcher';

describe('BRIEFBOT_TODAY', () => {
  it('pins today for relative periods', async () => {
    const now = clockFrom({ BRIEFBOT_TODAY: '2026-03-15' });
    expect(now().toISOString().slice(0, 10)).toBe('2026-03-15');
    const base = await openFactBase({ path: ':memory:' });
    const { period } = await createSearcher(base, now).parse('attacks last year');
    await base.close();
    expect(period).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('uses the system clock when unset', () => {
    expect(Math.abs(clockFrom({})().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it.each(['2026-02-30', '15/03/2026', 'tomorrow'])('refuses %s, naming the variable and the form', async (value) => {
    expect(() => clockFrom({ BRIEFBOT_TODAY: value })).toThrow(/BRIEFBOT_TODAY.*YYYY-MM-DD|BRIEFBOT_TODAY.*2026-02-09/);
    expect(() => loadConfig({ BRIEFBOT_TODAY: value })).toThrow(/BRIEFBOT_TODAY/);
  });
});
