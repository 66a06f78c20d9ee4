import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/documents/decode-document';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
const dir = mkdtempSync(join(tmpdir(), 'briefbot-documents-'));
afterAll(async () => {
  await core.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = 'Dushanbe reported 12 border incidents in 2025.\n\nOfficials in Khost said “the crossings stay closed”. Trade fell by a third.\n';
let fileCount = 0;
function writeDocument(content: string | Uint8Array, extension = 'txt'): string {
  const path = join(dir, `doc-${fileCount++}.${extension}`);
  writeFileSync(path, content);
  return path;
}
const addSource = (file: string, caller = moderator) =>
  core.dispatch('source add', { title: `Border report ${fileCount}`, url: `https://example.org/border-${fileCount}`, file }, caller);

describe('source add --file', () => {
  it('stores the text with the new source, and facts citing it are checked against it', async () => {
    const reply = await addSource(writeDocument(ARTICLE));
    const { id } = reply.data as { id: string };
    expect(noticesOf(reply).join(' ')).toMatch(new RegExp(`Its text \\(${ARTICLE.length} characters\\) is stored`));
    expect(await core.base.sources.textOf(Number(id.slice(1)))).toBe(ARTICLE);
    const wrong = await core.dispatch('fact add', { statement: 'Khost closed the crossings.', quote: 'the crossings stay open', source: id }, moderator);
    expect(noticesOf(wrong).join(' ')).toContain(`not found in ${id}; the closest passage is: “Officials in Khost said “the crossings stay closed”.”`);
    const right = await core.dispatch('fact add', { statement: 'Khost closed the crossings.', quote: '"the crossings stay closed"', source: id }, moderator);
    expect(noticesOf(right)[0]).toMatch(/^Added F\d+/);
  });

  it.each([
    ['a binary file', () => writeDocument(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), /NUL bytes, so it is a binary file/],
    ['invalid UTF-8', () => writeDocument(Buffer.from('caf\xe9 au lait', 'latin1')), /not valid UTF-8/],
    ['UTF-16 with a BOM', () => writeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')])), /UTF-16 text; only UTF-8/],
    ['an empty document', () => writeDocument(' \n\n '), /is empty/],
    ['an oversized file', () => writeDocument('a. '.repeat(MAX_DOCUMENT_BYTES / 3 + 10)), /at most 1,000,000 bytes/],
    ['a PDF by its name', () => writeDocument('text', 'pdf'), /not a plain-text or Markdown file/],
    ['a missing file', () => join(dir, 'absent.txt'), /Cannot read/],
  ])('refuses %s, saying what to do, and stores nothing', async (_, makeFile, message) => {
    const before = snapshotTables(core.base);
    expect(noticesOf(await addSource(makeFile())).join(' ')).toMatch(message);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('reads paths only on the terminal', async () => {
    const chat = { ...member, isModerator: true };
    expect(noticesOf(await addSource(writeDocument(ARTICLE), chat)).join(' ')).toMatch(/works on the terminal only/);
  });
});

describe('source show --text', () => {
  it('pages through the text at sentence ends, each sentence with offsets that quote it exactly', async () => {
    const text = (await core.base.sources.textOf(1))!;
    const first = await core.dispatch('source show', { id: 'S1', text: true }, member);
    expect(first.page?.total).toBeGreaterThan(3);
    const items = first.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    const chars = items.join('').length;
    expect(chars).toBeGreaterThan(800);
    expect(chars).toBeLessThan(1900);
    for (const item of items) {
      const [, start, end, words] = /^\[(\d+)-(\d+)\] (.*)$/s.exec(item)!;
      expect(text.slice(Number(start), Number(end))).toBe(words);
    }
    const second = await core.dispatch('source show', { id: 'S1', text: true, page: 2 }, member);
    const firstStart = Number(/^\[(\d+)/.exec(second.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []))[0]!)![1]);
    expect(firstStart).toBeGreaterThan(Number(/-(\d+)\]/.exec(items.at(-1)!)![1]));
  });

  it('says so for a source without text', async () => {
    expect(noticesOf(await core.dispatch('source show', { id: 'S3', text: true }, member)).join(' ')).toMatch(/S3 has no stored text/);
  });
});

describe('source add --text', () => {
  it('stores pasted text through the same checks as a file', async () => {
    const reply = await core.dispatch(
      'source add',
      { title: 'Pasted report', url: 'https://example.org/pasted', text: ARTICLE },
      { ...member, platform: 'slack', isModerator: true },
    );
    expect(await core.base.sources.textOf(Number((reply.data as { id: string }).id.slice(1)))).toBe(ARTICLE);
    const before = snapshotTables(core.base);
    expect(
      noticesOf(await core.dispatch('source add', { title: 'Escapes', url: 'https://example.org/esc', text: 'a\u001b[2Jb' }, moderator)).join(' '),
    ).toMatch(/control characters/);
    expect(noticesOf(await core.dispatch('source add', { title: 'Blank', url: 'https://example.org/blank', text: '   ' }, moderator)).join(' ')).toMatch(
      /is empty/,
    );
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('gets a multi-line field in the Slack form, capped at Slack’s 3,000 characters', async () => {
    const { buildFormView } = await import('../../adapters/slack/modal');
    const spec = core.specs.find((candidate) => candidate.group === 'source' && candidate.name === 'add')!;
    const view = buildFormView(spec, { command: 'source add', responseUrl: 'https://hooks.slack.test/r' });
    const field = view.blocks.find((block) => block.type === 'input' && block.block_id === 'text') as { element: { multiline: boolean; max_length: number } };
    expect(field.element).toMatchObject({ multiline: true, max_length: 3000 });
  });
});
