import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/caller';
import type { Digest } from '../../src/views/digest';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { itemsOf, textsOf } from './view-helpers';

const core = await openTestCore();
const dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-'));
afterAll(async () => {
  await core.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const digestOf = (options: Record<string, unknown>, caller: Caller = member) => core.dispatch('brief digest', options, caller);
const keyFactLines = (texts: string[]) => texts.filter((text) => /^\d+\. /.test(text));

describe('brief digest', () => {
  it('lists Pakistan’s key facts since 2025, numbered, each ending with its source number', async () => {
    const reply = await digestOf({ topic: 'Pakistan', from: '2025' });
    const lines = keyFactLines(textsOf(reply));
    expect(lines).toHaveLength(8);
    for (const [at, line] of lines.entries()) expect(line).toMatch(new RegExp(`^${at + 1}\\. .+ — .+, F\\d+ \\[\\d+\\]$`));
    expect(lines[0]).toMatch(/over 80 border clashes .* — 2025, F26 \[1\]$/);
  });

  it('ends with a numbered source list that every citation points into', async () => {
    const reply = await digestOf({ topic: 'Pakistan', from: '2025' });
    const data = reply.data as Digest;
    const listed = new Set(data.sources.map((source) => source.cite));
    expect(data.keyFacts.every(({ cite, fact }) => listed.has(cite) && data.sources[cite - 1]!.source.id === fact.source.id)).toBe(true);
    expect(itemsOf(reply)).toContain(
      '[1] Zalmai Nishat, “Why Afghanistan’s Terrorism Problem Isn’t Going Away”, The National Interest, 2026-02-09 https://nationalinterest.org (S1)',
    );
  });

  it('states how many facts it rests on and what the base does not cover, without inferring totals', async () => {
    const reply = await digestOf({ topic: 'Pakistan', from: '2025' });
    expect(textsOf(reply)[0]).toBe(
      'Briefing note: Pakistan, from 2025. It rests on 10 facts from 2 sources; the 8 most important are listed (they cite 1 source, listed below), each with the number of its source.',
    );
    expect((reply.data as Digest).sources).toHaveLength(1);
    expect(itemsOf(reply)).toEqual(
      expect.arrayContaining([
        'No fact is dated after 2026-02.',
        '9 undated facts left out: they cannot be placed in the range.',
        'Figures are as each source states them; no totals are added up or inferred.',
      ]),
    );
  });

  it('keeps every key fact inside the range asked for and notes no gap the range itself makes', async () => {
    const data = (await digestOf({ topic: 'Tajikistan', from: '2025-12' })).data as Digest;
    expect(data.keyFacts.map(({ fact }) => fact.id).sort()).toEqual(['F34', 'F35', 'F36', 'F57']);
    expect(data.notCovered).toContain('No fact is dated after 2026-02.');
    expect(data.notCovered.some((note) => note.includes('before'))).toBe(false);
  });

  it('includes undated facts when no range is asked, the 1,357 km border leading Tajikistan’s', async () => {
    const data = (await digestOf({ topic: 'Tajikistan' })).data as Digest;
    expect(data.keyFacts[0]!.fact.id).toBe('F33');
  });

  it('attaches the full note as Markdown, quotes included, for platforms that take files', async () => {
    const { attachment } = await digestOf({ topic: 'Pakistan', from: '2025' });
    expect(attachment?.filename).toBe('digest-pakistan-from-2025.md');
    expect(attachment?.text).toMatch(/^# Briefing note: Pakistan, from 2025\n/);
    expect(attachment?.text).toContain('> “over 80 border clashes with Afghan Taliban forces”');
    expect(attachment?.text).toMatch(/## Sources\n\n1\. Zalmai Nishat, .* <https:\/\/nationalinterest\.org> \(S1\)/);
  });

  it('says plainly when the range holds nothing', async () => {
    const notice = noticesOf(await digestOf({ topic: 'Tajikistan', from: '2027' })).join(' ');
    expect(notice).toBe('No dated fact about Tajikistan from 2027. Its dated facts run from 2025-11 to 2026-02. 5 undated facts cannot be placed in time.');
  });

  it('offers close names for an unknown one', async () => {
    expect(noticesOf(await digestOf({ topic: 'Pakistn' })).join(' ')).toMatch(/Did you mean: Pakistan/);
  });
});

describe('brief digest-save', () => {
  const save = (options: Record<string, unknown>, caller: Caller = moderator) => core.dispatch('brief digest-save', options, caller);

  it('writes the note as Markdown to a new file on the terminal', async () => {
    const file = join(dir, 'pakistan.md');
    const reply = await save({ topic: 'Pakistan', from: '2025', file });
    expect(noticesOf(reply)[0]).toMatch(/^Wrote “Briefing note: Pakistan, from 2025” to .*pakistan\.md\. It rests on 10 facts/);
    expect(readFileSync(file, 'utf8')).toBe((await digestOf({ topic: 'Pakistan', from: '2025' })).attachment?.text);
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const file = join(dir, 'kept.md');
    writeFileSync(file, 'earlier note');
    expect(noticesOf(await save({ topic: 'Pakistan', file })).join(' ')).toMatch(/exists already/);
    expect(readFileSync(file, 'utf8')).toBe('earlier note');
  });

  it('is not offered on chat platforms', async () => {
    expect(noticesOf(await save({ topic: 'Pakistan', file: join(dir, 'chat.md') }, member)).join(' ')).toMatch(/not available on discord/);
    const help = await core.dispatch('brief help', {}, member);
    expect(help.data).toEqual(expect.arrayContaining(['brief digest']));
    expect(help.data).not.toContain('brief digest-save');
  });
});
