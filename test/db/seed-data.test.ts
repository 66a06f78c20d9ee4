import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedBundle } from '../../src/seed';

const SOURCES_DIR = new URL('../../db/seed/documents/', import.meta.url);
const bundle = loadSeedBundle();

describe('the seed fact base', () => {
  it('passes its own schema and cross-reference checks', () => {
    expect(bundle.facts.length).toBeGreaterThanOrEqual(35);
  });

  it('quotes every fact verbatim from its source document', () => {
    const documents = new Map(bundle.sources.filter((s) => s.document).map((s) => [s.id, readFileSync(new URL(s.document!, SOURCES_DIR), 'utf8')]));
    const misquoted = bundle.facts.filter((fact) => !documents.get(fact.source)?.includes(fact.quote));
    expect(misquoted.map((fact) => fact.id)).toEqual([]);
  });

  it('keeps the two documents as sources with their metadata', () => {
    const article = bundle.sources.find((s) => s.document === '000_fb6fb44562126530.txt');
    const paper = bundle.sources.find((s) => s.document === '003_7ebc9a55adbe2a6d.txt');
    expect(article).toMatchObject({ author: 'Zalmai Nishat', publisher: 'The National Interest', publishedOn: '2026-02-09' });
    expect(paper).toMatchObject({ author: 'Sajid Kiani', url: 'https://alnasrjournal.com/index.php/journal/article/view/131' });
  });

  it('lists the paper’s references as further-reading sources', () => {
    const titles = bundle.sources.map((s) => s.title);
    expect(titles).toContain('Global Terrorism Index 2024: Measuring the Impact of Terrorism');
    expect(bundle.sources.length).toBeGreaterThan(25);
  });

  it('draws no fact from the aggregator’s legal notice', () => {
    expect(bundle.facts.some((fact) => /иностранн/.test(fact.quote))).toBe(false);
  });

  it('knows the TTP by the names analysts use', () => {
    const ttp = bundle.entities.find((e) => e.aliases.includes('TTP'));
    expect(ttp?.aliases).toEqual(expect.arrayContaining(['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban']));
  });
});
