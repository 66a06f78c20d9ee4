import { afterAll, describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/documents/normalise-text';
import { moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
afterAll(() => core.cleanup());
const notices = async (name: string, options: Record<string, unknown>) => noticesOf(await core.dispatch(name, options, moderator)).join(' ');
const S1_TEXT = async () => (await core.base.sources.textOf(1))!;

describe('seed documents', () => {
  it('are the stored texts of S1 and S2, and every seed fact citing them quotes them', async () => {
    expect(await S1_TEXT()).toContain('Why Afghanistan’s Terrorism Problem');
    expect(await core.base.sources.textOf(2)).toContain('Strategic Directions for Pakistan');
    const facts = (await core.base.bundles.read()).facts.filter((fact) => fact.source === 'S1' || fact.source === 'S2');
    expect(facts.length).toBeGreaterThan(10);
    const texts = await Promise.all(facts.map((fact) => core.base.sources.textOf(Number(fact.source.slice(1)))));
    const unchecked = facts.filter((fact, at) => !locateQuote(texts[at]!, fact.quote));
    expect(unchecked.map((fact) => fact.id)).toEqual([]);
  });
});

describe('a quote citing a source with stored text', () => {
  const passage = 'an ISIS-linked bombing at a Chinese restaurant in Kabul killed seven people';

  it('is refused when it is not in the text, naming the closest passage, and nothing is stored', async () => {
    const before = snapshotTables(core.base);
    const text = await notices('fact add', { statement: 'A bombing in Kabul killed seven.', quote: passage.replace('restaurant', 'café'), source: 'S1' });
    expect(text).toMatch(/not found in S1; the closest passage is: “On January 19, 2026, when an ISIS-linked bombing at a Chinese restaurant/);
    expect(text).toMatch(/S1:\d+-\d+/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('is refused the same way when suggested or edited in', async () => {
    expect(await notices('fact suggest', { statement: 'A bombing in Kabul killed eight.', quote: 'killed eight people', source: 'S1' })).toMatch(
      /not found in S1/,
    );
    expect(await notices('fact edit', { id: 'F1', reason: 'wording', quote: 'words the article never used at all' })).toMatch(
      /not found in S1|not found in S2/,
    );
  });

  it('may differ in whitespace runs and straight or curly marks, nothing else', async () => {
    expect(locateQuote(await S1_TEXT(), "Why Afghanistan's  Terrorism\nProblem")).toBeDefined();
    expect(locateQuote(await S1_TEXT(), 'why afghanistan’s terrorism problem')).toBeUndefined();
    expect(await notices('fact add', { statement: 'A bombing in Kabul killed seven people.', quote: passage.replace(/ /g, '   '), source: 'S1' })).toMatch(
      /^Added F\d+/,
    );
  });

  it('is not checked for a source without stored text', async () => {
    expect(await core.base.sources.textOf(3)).toBeUndefined();
    expect(await notices('fact add', { statement: 'Something about S3.', quote: 'any words at all', source: 'S3' })).toMatch(/^Added F\d+/);
  });
});

describe('fact add --from', () => {
  it('fills the quote from the stored text and cites that source', async () => {
    const start = (await S1_TEXT()).indexOf('On January 19, 2026');
    const end = (await S1_TEXT()).indexOf('attention.', start) + 'attention.'.length;
    const reply = await core.dispatch(
      'fact add',
      { statement: 'An ISIS-linked bombing in Kabul on 19 January 2026 killed seven.', from: `S1:${start}-${end}` },
      moderator,
    );
    const fact = reply.data as { quote: string; source: { id: string } };
    expect(fact.quote).toBe((await S1_TEXT()).slice(start, end));
    expect(fact.source.id).toBe('S1');
  });

  it.each([
    ['S1:900-800', /reversed/],
    ['S1:10-99999999', /runs past the end of S1's text, which has \d+ characters/],
    ['S3:0-10', /S3 has no stored text/],
    ['S1-0-10', /must be written S<id>:<start>-<end>/],
  ])('refuses %s, storing nothing', async (from, message) => {
    const before = snapshotTables(core.base);
    expect(await notices('fact add', { statement: 'A statement.', from })).toMatch(message);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('refuses a quote given as well', async () => {
    expect(await notices('fact add', { statement: 'A statement.', from: 'S1:0-10', quote: 'x' })).toMatch(/either --quote or --from/);
  });
});

describe('import', () => {
  it('refuses a file whose fact misquotes a source with stored text, naming the row and the closest passage', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'briefbot-import-')), 'facts.csv');
    writeFileSync(
      file,
      'id,statement,quote,source,period_start,period_end,entities,status\n,Seven died in Kabul.,a bombing at a Chinese café in Kabul,S1,2026,2026,,\n',
    );
    const before = snapshotTables(core.base);
    expect(await notices('brief import', { file })).toMatch(/facts row 1: the quote of F\d+ was not found in S1; the closest passage is: “On January 19, 2026/);
    expect(snapshotTables(core.base)).toBe(before);
  });
});

describe('the examples help and refusals show', () => {
  it('quote S1 as it is written, so running one as shown is not refused', async () => {
    const example = core.specs.find((spec) => spec.group === 'fact' && spec.name === 'add')!.example!;
    expect(locateQuote(await S1_TEXT(), String(example.quote))).toBeDefined();
  });
});
