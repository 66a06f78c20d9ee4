import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AskJson } from '../../src/ask-reply';
import { CANDIDATES_PER_RUN } from '../../commands/source-candidates';
import type { FactView } from '../../src/reply';
import { member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';

const core = await openTestCore();
const dir = mkdtempSync(join(tmpdir(), 'briefbot-candidates-'));
afterAll(async () => {
  await core.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const FILLER = Array.from({ length: 12 }, (_, i) => `Market stall number ${i + 1} in the old bazaar reopened after the rains.`).join(' ');
const ARTICLE = `Zorbaland Report\n\nIn March 2025, officials in Khost counted 14 checkpoints along the Zorbaland road. The valley is quiet and green in spring, say its farmers. ${FILLER}\n`;

async function addDocument(): Promise<string> {
  const file = join(dir, 'zorbaland.txt');
  writeFileSync(file, ARTICLE);
  const reply = await core.dispatch('source add', { title: 'Zorbaland Report', url: 'https://example.org/zorbaland', file }, moderator);
  return (reply.data as { id: string }).id;
}

describe('source candidates', () => {
  it('proposes pending drafts from sentences with a figure, a date or a known entity, a page at a time, each guess shown, never twice', async () => {
    const id = await addDocument();
    const first = await core.dispatch('source candidates', { id }, moderator);
    const { proposed, remaining } = first.data as { proposed: FactView[]; remaining: number };
    expect(proposed).toHaveLength(CANDIDATES_PER_RUN);
    expect(remaining).toBe(3);
    expect(proposed.every((fact) => fact.status === 'pending' && fact.source.id === id)).toBe(true);
    const khost = proposed[0]!;
    expect(khost.quote).toBe('In March 2025, officials in Khost counted 14 checkpoints along the Zorbaland road.');
    expect(khost.period).toEqual({ start: '2025-03', end: '2025-03' });
    expect(khost.entities).toContain('Khost');
    const texts = first.blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
    expect(texts[0]).toMatch(/guessed: period 2025-03 \(from “March 2025”\); entities Khost \(from “Khost”\)/);
    expect(proposed.some((fact) => fact.quote.includes('quiet and green'))).toBe(false);

    const second = (await core.dispatch('source candidates', { id }, moderator)).data as { proposed: FactView[]; remaining: number };
    expect(second.proposed).toHaveLength(3);
    const quotes = [...proposed, ...second.proposed].map((fact) => fact.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    const before = snapshotTables(core.base);
    expect(noticesOf(await core.dispatch('source candidates', { id }, moderator))[0]).toMatch(/Nothing new to propose/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('keeps drafts out of answers until a moderator approves one', async () => {
    const ask = async () =>
      ((await core.dispatch('brief ask', { question: 'Khost checkpoints Zorbaland road' }, member)).data as AskJson).answers.map((fact) => fact.quote);
    const draft = (
      await core.base.facts.getMany(
        (
          await core.base.bundles.read()
        ).facts
          .filter((fact) => fact.status === 'pending' && fact.quote.includes('14 checkpoints'))
          .map((fact) => Number(fact.id.slice(1))),
      )
    )[0]!;
    expect(await ask()).not.toContain(draft.quote);
    await core.dispatch('review approve', { id: draft.id }, moderator);
    expect(await ask()).toContain(draft.quote);
  });

  it('is for moderators, and refuses a source without text', async () => {
    expect(noticesOf(await core.dispatch('source candidates', { id: 'S3' }, member)).join(' ')).toMatch(/moderator/i);
    expect(noticesOf(await core.dispatch('source candidates', { id: 'S3' }, moderator)).join(' ')).toMatch(/S3 has no stored text/);
  });
});
