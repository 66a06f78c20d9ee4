import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import type { FactView } from '../../src/reply';
import { moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
afterAll(() => core.cleanup());
const dir = mkdtempSync(join(tmpdir(), 'briefbot-text-'));

const run = (name: string, options: Record<string, unknown>, caller: Caller = moderator) => core.dispatch(name, options, caller);
const errorsOf = async (name: string, options: Record<string, unknown>) => noticesOf(await run(name, options)).join(' ');
const FACT = { statement: 'Khost saw 3 incidents in 2024.', quote: '3 incidents', source: 'S3', entities: 'Khost' };
const textOf = (reply: { blocks: unknown[] }): string => (reply.blocks[0] as { text: string }).text;

function importFile(name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return errorsOf('brief import', { file });
}

describe('source addresses', () => {
  it('are stored normalised, and a second source with the same address or title is flagged with the first one’s id', async () => {
    const first = (await run('source add', { title: 'Annual Report', url: 'HTTPS://Example.ORG/a/../annual?y=2025' })).data as { id: string; url: string };
    expect(first.url).toBe('https://example.org/annual?y=2025');
    expect((await core.base.sources.get(Number(first.id.slice(1))))?.url).toBe('https://example.org/annual?y=2025');
    const again = await run('source add', { title: 'Another title', url: 'https://example.org/annual?y=2025' });
    expect(noticesOf(again).join(' ')).toMatch(new RegExp(`${first.id} has the same address: .*Annual Report`));
    const sameTitle = await run('source add', { title: 'annual report', url: 'https://example.org/other' });
    expect(noticesOf(sameTitle).join(' ')).toMatch(new RegExp(`${first.id} has the same title`));
    expect(noticesOf(await run('source add', { title: 'Fresh work', url: 'https://example.org/fresh' })).join(' ')).not.toMatch(/same/);
  });

  it('are one address however they are typed: a bare site with or without its slash, the scheme and host in any case', async () => {
    const bare = (await run('source add', { title: 'Institute home', url: 'HTTPS://Institute.Example/' })).data as { id: string; url: string };
    expect(bare.url).toBe('https://institute.example');
    const again = await run('source add', { title: 'Institute front page', url: 'https://institute.example' });
    expect(noticesOf(again).join(' ')).toMatch(`${bare.id} has the same address`);
  });
});

describe('stored text', () => {
  it.each([
    ['fact add', { ...FACT, statement: 'Khost saw \u202e3 incidents.' }, 'statement'],
    ['fact add', { ...FACT, quote: 'three\u200b incidents' }, 'quote'],
    ['fact add', { ...FACT, source: undefined, 'source-title': 'A \u2066title', 'source-url': 'https://example.org/x' }, 'source-title'],
    ['fact add', { ...FACT, entities: undefined, 'new-entities': 'Evil\ufeff:place' }, 'new-entities'],
    ['fact edit', { id: 'F1', statement: 'ok', reason: 'line\u2028break' }, 'reason'],
    ['source add', { title: 'Title', url: 'https://example.org/y', notes: 'a\u202dnote' }, 'notes'],
    ['alias add', { entity: 'TTP', alias: 'T\u200fTP' }, 'alias'],
  ])('refuses invisible and direction characters in %s, naming the field (%#)', async (name, options, field) => {
    const before = snapshotTables(core.base);
    expect(await errorsOf(name, options)).toMatch(`“${field}” must not contain invisible or text-direction characters`);
    expect(snapshotTables(core.base)).toBe(before);
  });
});

describe('dates', () => {
  it.each([['2025-02-30'], ['2025-02-29'], ['0000'], ['2025-04-31']])('refuses %s, which is not on the calendar', async (date) => {
    expect(await errorsOf('fact add', { ...FACT, period: date })).toMatch(`“period” ${date} is not on the calendar`);
    expect(await errorsOf('fact add', { ...FACT, period: `2020..${date}` })).toMatch(/is not on the calendar/);
    expect(await errorsOf('source add', { title: 'Dated', url: 'https://example.org/d', date })).toMatch(`“date” ${date} is not on the calendar`);
  });

  it('accepts a leap day', async () => {
    const fact = (await run('fact add', { ...FACT, statement: 'An incident in Khost on a leap day.', period: '2024-02-29' })).data as FactView;
    expect(fact.period).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('refuses an impossible date in an import file, naming the row', async () => {
    const message = await importFile('dates.csv', 'statement,quote,source,period_start,period_end,entities\nA claim.,a,S1,2025-02-29,,\n');
    expect(message).toMatch(/facts row 1, period.start: 2025-02-29 is not on the calendar/);
  });
});

describe('import checks', () => {
  it('names each row whose alias already names another entity', async () => {
    const before = snapshotTables(core.base);
    const message = await importFile('aliases.json', {
      sources: [],
      entities: [
        { name: 'Some group', kind: 'group', aliases: ['Pakistan'], demonyms: [] },
        { name: 'Other place', kind: 'place', aliases: [], demonyms: ['Tajik'] },
      ],
      facts: [],
    });
    expect(message).toMatch(/entities row 1: “Pakistan” already names Pakistan in the base/);
    expect(message).toMatch(/entities row 2: “Tajik” already names Tajikistan in the base/);
    expect(message).not.toMatch(/Something went wrong/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it.each([['F2147483648'], ['F12x'], ['F0']])('refuses the fact id %s, which the commands cannot address', async (id) => {
    const message = await importFile(`id-${id}.json`, {
      sources: [],
      entities: [],
      facts: [{ ...FACT, id, entities: ['Khost'], period: { start: null, end: null } }],
    });
    expect(message).toMatch(/facts row 1, id: must be a fact id such as F12 \(F1 to F2147483647\)/);
  });

  it('says which ids it created and flags a fact that repeats one in the base', async () => {
    const statement = (await core.base.facts.getOne(33))!.statement;
    const file = join(dir, 'repeat.csv');
    writeFileSync(file, `statement,quote,source,period_start,period_end,entities\n"${statement}",x,S1,,,\nA new claim about Khost.,y,S1,,,Khost\n`);
    const reply = await run('brief import', { file });
    const next = Number((reply.data as { facts: string[] }).facts[0]!.slice(1));
    expect(noticesOf(reply)[0]).toBe(`Imported 2 fact(s): F${next}, F${next + 1}; 0 new source(s); 0 new entit(ies) from ${file}.`);
    expect(noticesOf(reply)[1]).toBe(`F${next} states the same as F33, already in the base; check both with /brief fact F33.`);
  });
});

describe('exports', () => {
  it('neutralises CSV cells a spreadsheet would run as formulas, and import reads them back as written', async () => {
    const formula = (await run('fact add', { ...FACT, statement: '=HYPERLINK("http://evil.example","click") Khost', quote: '+1 incident' })).data as FactView;
    const csv = textOf(await run('brief export', { format: 'csv' }));
    expect(csv).toContain(`${formula.id},"'=HYPERLINK(""http://evil.example"",""click"") Khost",'+1 incident,`);
    expect(csv.split('\n').some((line) => /(^|,)"?[=+@-]/.test(line))).toBe(false);
    const file = join(dir, 'formula.csv');
    writeFileSync(
      file,
      csv
        .split('\n')
        .filter((line, index) => index === 0 || line.startsWith(`${formula.id},`))
        .join('\n')
        .replace(`${formula.id},`, ','),
    );
    const imported = await run('brief import', { file });
    const id = (imported.data as { facts: string[] }).facts[0]!;
    expect(await core.base.facts.getOne(Number(id.slice(1)))).toMatchObject({ statement: formula.statement, quote: '+1 incident' });
  });

  it('escapes HTML and Markdown in the Markdown briefing', async () => {
    await run('fact add', { ...FACT, statement: '<img src=x onerror=alert(1)> **Khost** [link](http://evil.example)', quote: '# heading' });
    const md = textOf(await run('brief export', { format: 'md' }));
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*Khost\\*\\* \\[link\\](http://evil.example)');
    expect(md).toContain('> \\# heading');
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });
});
