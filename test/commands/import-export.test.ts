import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-io-'));
const core = await openTestCore();
afterAll(() => core.cleanup());

const exportAs = async (target: Pick<typeof core, 'dispatch'>, format: string) => (await target.dispatch('brief export', { format }, moderator)).blocks[0];
const textOf = (block: unknown) => (block as { text: string }).text;

describe('export and import', () => {
  it('round-trips: export → import into an empty base → export gives identical output', async () => {
    const first = textOf(await exportAs(core, 'json'));
    const file = join(dir, 'base.json');
    writeFileSync(file, first);
    const target = await openEmptyCore(join(dir, 'fresh.db'));
    const reply = await target.dispatch('brief import', { file }, moderator);
    expect(noticesOf(reply).join(' ')).toMatch(/^Imported/);
    expect(textOf(await exportAs(target, 'json'))).toBe(first);
    await target.close();
  });

  it('refuses a file with any bad row, names each row and reason, and imports nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'statement,quote,source,period_start,period_end,entities\n' +
        'A good row about Khost.,good,S1,2025,2025,Khost\n' +
        ',empty statement,S1,,,\n' +
        'Cites nothing.,x,S999,,,\n' +
        'Bad date.,x,S1,2025-13,,\n',
    );
    const before = snapshotTables(core.base);
    const message = noticesOf(await core.dispatch('brief import', { file }, moderator)).join(' ');
    expect(message).toMatch(/Nothing was imported: 3 problem/);
    expect(message).toMatch(/facts row 2, statement: must not be empty/);
    expect(message).toMatch(/facts row 3, source: no source S999/);
    expect(message).toMatch(/facts row 4, period.start: must be a date/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('checks a file without writing on --dry-run, then imports a CSV of facts', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      'statement,quote,source,period_start,period_end,entities\n"Khost saw 12 incidents, a report says.",12 incidents,S3,2025,2025,Khost; TTP\n',
    );
    const before = snapshotTables(core.base);
    expect(noticesOf(await core.dispatch('brief import', { file, 'dry-run': true }, moderator)).join(' ')).toMatch(/is valid: 1 fact/);
    expect(snapshotTables(core.base)).toBe(before);
    expect(noticesOf(await core.dispatch('brief import', { file }, moderator)).join(' ')).toMatch(/Imported 1 fact/);
    const csv = textOf(await exportAs(core, 'csv'));
    expect(csv).toMatch(/Khost saw 12 incidents, a report says\.",12 incidents,S3,2025,2025,Khost; Tehreek-e-Taliban Pakistan,active/);
  });

  it('refuses facts whose ids are already taken', async () => {
    const file = join(dir, 'again.json');
    writeFileSync(file, textOf(await exportAs(core, 'json')));
    expect(noticesOf(await core.dispatch('brief import', { file }, moderator)).join(' ')).toMatch(/facts row 1: F1 already exists/);
  });

  it('writes a briefing in Markdown with numbered citations', async () => {
    const md = textOf(await exportAs(core, 'md'));
    expect(md).toMatch(/^# Fact base briefing/);
    expect(md).toMatch(/\*\*F33\*\* .*1,357.* \[1\]/);
    expect(md).toMatch(/## Sources\n\n1\. Zalmai Nishat, “Why Afghanistan’s Terrorism Problem Isn’t Going Away”/);
  });

  it('backs up to a consistent copy and refuses to overwrite a file', async () => {
    const file = join(dir, 'backup.db');
    await core.dispatch('brief backup', { file }, moderator);
    const copy = new Database(file, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM facts').get() as { n: number }).n).toBeGreaterThan(70);
    await copy.close();
    expect(noticesOf(await core.dispatch('brief backup', { file }, moderator)).join(' ')).toMatch(/exists already/);
  });
});

function openEmptyCore(path: string) {
  return openCore({ databasePath: path, logger: createSilentLogger(), seed: () => ({ sources: [], entities: [], facts: [] }) });
}
