import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSyntheticBase } from '../../bench/synthetic-base';
import type { BaseStats } from '../../db/store';
import type { Reply } from '../../src/reply';
import type { Digest } from '../../src/views/digest';
import type { EntityProfile } from '../../src/views/entity-profile';
import { factIdsOf, moderator, noticesOf, openTestCore } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

// The behaviour at scale; how fast it is at 100,000 facts is measured by bench/measure-size.ts.
const SIZE = 100_000;
const SEED_FACTS = 71;

const core = await openTestCore();
let busiest = '';
let alias = '';
beforeAll(async () => {
  const world = await fillSyntheticBase(core.base, SIZE);
  busiest = (await core.base.entities.mostCited(1))[0]!;
  alias = world.entities.find((entity) => entity.name === busiest)!.aliases[0]!;
}, 120_000);
afterAll(() => core.cleanup());

// The terminal operator: no rate limit, so a test may page through a whole view.
const run = (name: string, options: Record<string, unknown>) => core.dispatch(name, options, moderator);

async function allPages(name: string, options: Record<string, unknown>): Promise<Reply[]> {
  const first = await run(name, options);
  const rest = Array.from({ length: (first.page?.total ?? 1) - 1 }, (_, at) => run(name, { ...options, page: at + 2 }));
  return [first, ...(await Promise.all(rest))];
}

describe(`the analyst views on a ${SIZE.toLocaleString('en')}-fact synthetic base`, () => {
  it('pages through the busiest entity’s timeline: every dated fact once, in order, ten a page at most', async () => {
    const pages = await allPages('brief timeline', { topic: busiest });
    const profile = (await run('brief entity', { name: busiest })).data as EntityProfile;
    const ids = pages.flatMap(factIdsOf);
    expect(ids).toHaveLength(profile.datedFacts);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.every((page) => factIdsOf(page).length <= 10)).toBe(true);
    const starts = pages.flatMap((page) => page.blocks.flatMap((block) => (block.kind === 'fact' ? [block.fact.period.start!] : [])));
    expect(starts).toEqual([...starts].sort());
    expect(pages[0]!.data).toMatchObject({ granularity: 'year', undated: profile.facts - profile.datedFacts });
  });

  it('profiles the busiest entity, found by its alias, with related entities and cited key figures', async () => {
    const profile = (await run('brief entity', { name: alias })).data as EntityProfile;
    expect(profile.name).toBe(busiest);
    const tagged = rowsOf(core.base)
      .prepare(`SELECT count(*) AS n FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id WHERE e.name = ?`)
      .get(busiest) as { n: number };
    expect(profile.facts).toBe(tagged.n);
    expect(profile.related.length).toBe(5);
    expect(profile.keyFigures).toHaveLength(5);
    expect(profile.latest).toHaveLength(3);
  });

  it('writes a digest of the busiest entity since 2020 from facts in that range only', async () => {
    const digest = (await run('brief digest', { topic: busiest, from: '2020' })).data as Digest;
    expect(digest.keyFacts).toHaveLength(8);
    expect(digest.keyFacts.every(({ fact }) => (fact.period.end ?? fact.period.start ?? '') >= '2020')).toBe(true);
    expect(digest.sources.map((source) => source.cite)).toEqual(digest.sources.map((_, at) => at + 1));
    expect(digest.notCovered).toContain('Figures are as each source states them; no totals are added up or inferred.');
  });

  it('pages through the source catalogue and counts the whole base', async () => {
    const stats = (await run('brief stats', {})).data as BaseStats;
    expect(stats.facts.active).toBe(SIZE + SEED_FACTS);
    const catalogue = await run('brief sources', {});
    expect(catalogue.page?.total).toBe(Math.ceil((stats.sources.active + stats.sources.retracted) / 25));
  });

  it('still offers close names for a misspelt one', async () => {
    const misspelt = busiest.replace(/^(\w{3})\w/, '$1');
    expect(noticesOf(await run('brief entity', { name: misspelt })).join(' ')).toContain(busiest);
  });
});
