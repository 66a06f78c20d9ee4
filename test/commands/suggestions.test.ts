import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AskJson } from '../../src/ask-reply';
import type { Caller } from '../../src/caller';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import type { FactView } from '../../src/reply';
import { TODAY, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { rowsOf } from '../helpers/sqlite-rows';

const core = await openTestCore();
afterAll(() => core.cleanup());

const run = (name: string, options: Record<string, unknown>, caller: Caller = moderator) => core.dispatch(name, options, caller);
const count = (sql: string, ...params: unknown[]): number =>
  (
    rowsOf(core.base)
      .prepare(sql)
      .get(...params) as { n: number }
  ).n;
const answersTo = async (question: string): Promise<string[]> =>
  ((await run('brief ask', { question }, member)).data as AskJson).answers.map((answer) => answer.id);

const BORDER_SUGGESTION = {
  statement: 'The border is long and hard to patrol.',
  quote: 'the border is long',
  'source-title': 'A blog about borders',
  'source-url': 'https://example.org/borders',
  entities: 'border',
  'new-entities': 'border:place',
};

describe('a suggestion has no effect until a moderator approves it', () => {
  it('leaves the answers, the catalogue and the vocabulary alone, and a rejection leaves nothing behind', async () => {
    const before = await answersTo('length of the Tajik border');
    expect(before[0]).toBe('F33');
    const sourcesBefore = count(`SELECT count(*) AS n FROM sources`);
    const suggested = (await run('fact suggest', BORDER_SUGGESTION, member)).data as FactView;
    expect(suggested).toMatchObject({ status: 'pending', source: { id: 'proposed', title: 'A blog about borders' } });

    expect(await answersTo('length of the Tajik border')).toEqual(before);
    expect(count(`SELECT count(*) AS n FROM entities WHERE name = 'border'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM sources`)).toBe(sourcesBefore);
    expect(JSON.stringify((await run('brief sources', { query: 'borders' }, member)).blocks)).not.toContain('A blog about borders');
    expect((await core.base.entities.listTerms()).map((term) => term.term)).not.toContain('border');
    expect(await core.base.search.hasTerm('patrol')).toBe(false);

    const queue = await run('review list', {});
    expect(JSON.stringify(queue.blocks)).toContain(
      'Approving creates: new source “A blog about borders” https://example.org/borders; new entities border (place).',
    );

    await run('review reject', { id: suggested.id, reason: 'not a claim' });
    expect(count(`SELECT count(*) AS n FROM entities WHERE name = 'border'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM sources WHERE title = 'A blog about borders'`)).toBe(0);
    expect(await answersTo('length of the Tajik border')).toEqual(before);
  });

  it('creates the proposed source and entities in the approval, and the fact then cites them', async () => {
    const suggested = (
      await run(
        'fact suggest',
        {
          ...BORDER_SUGGESTION,
          statement: 'Vanj district reported a flood in May 2026.',
          quote: 'a flood',
          entities: 'Vanj',
          'new-entities': 'Vanj:place',
          'source-title': 'Flood bulletin',
          'source-url': 'https://example.org/flood',
        },
        member,
      )
    ).data as FactView;
    expect(count(`SELECT count(*) AS n FROM entities WHERE name = 'Vanj'`)).toBe(0);
    const approved = (await run('review approve', { id: suggested.id })).data as FactView;
    expect(approved).toMatchObject({ status: 'active', entities: ['Vanj'], source: { title: 'Flood bulletin', url: 'https://example.org/flood' } });
    expect(approved.source.id).toMatch(/^S\d+$/);
    expect(count(`SELECT count(*) AS n FROM sources WHERE title = 'Flood bulletin'`)).toBe(1);
    expect(await answersTo('flood in Vanj')).toContain(suggested.id);
    expect(
      rowsOf(core.base)
        .prepare(`SELECT entities FROM facts_fts WHERE rowid = ?`)
        .get(Number(suggested.id.slice(1))),
    ).toEqual({ entities: 'Vanj' });
  });

  it('keeps a proposal out of the export, and a retracted suggestion creates nothing', async () => {
    const suggested = (
      await run(
        'fact suggest',
        {
          ...BORDER_SUGGESTION,
          statement: 'Ishkashim market reopened in 2026.',
          quote: 'reopened',
          entities: 'Ishkashim',
          'new-entities': 'Ishkashim:place',
          'source-title': 'Market note',
          'source-url': 'https://example.org/market',
        },
        member,
      )
    ).data as FactView;
    const exported = JSON.stringify((await run('brief export', { format: 'json' })).data);
    expect(exported).not.toContain('Market note');
    expect(exported).not.toContain('Ishkashim market');
    await run('fact retract', { id: suggested.id, reason: 'duplicate' });
    expect(count(`SELECT count(*) AS n FROM sources WHERE title = 'Market note'`)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM entities WHERE name = 'Ishkashim'`)).toBe(0);
    const history = ((await run('fact history', { id: suggested.id })).blocks[0] as { items: string[] }).items;
    expect(history[0]).toMatch(/^v1 suggest · by Member \(discord:u1\) on discord/);
  });

  it('links a proposed entity to the one its name came to mean before approval, rather than duplicating the word', async () => {
    const suggested = (
      await run(
        'fact suggest',
        {
          ...BORDER_SUGGESTION,
          statement: 'GBAO saw protests in 2022.',
          quote: 'protests',
          entities: undefined,
          'new-entities': 'GBAO:region',
          source: 'S3',
          'source-title': undefined,
          'source-url': undefined,
        },
        member,
      )
    ).data as FactView;
    await run('alias add', { entity: 'Tajikistan', alias: 'GBAO' });
    const approved = (await run('review approve', { id: suggested.id })).data as FactView;
    expect(approved.entities).toEqual(['Tajikistan']);
    expect(count(`SELECT count(*) AS n FROM entities WHERE name = 'GBAO'`)).toBe(0);
  });

  it('shows in the history that approval turned the proposed source into a catalogue source', async () => {
    const suggested = (
      await run(
        'fact suggest',
        {
          ...BORDER_SUGGESTION,
          statement: 'Rushan road closed by a landslide.',
          quote: 'landslide',
          entities: undefined,
          'new-entities': undefined,
          'source-title': 'Road report',
          'source-url': 'https://example.org/road',
        },
        member,
      )
    ).data as FactView;
    await run('review approve', { id: suggested.id });
    const history = ((await run('fact history', { id: suggested.id })).blocks[0] as { items: string[] }).items;
    expect(history[1]).toMatch(/^v2 approve · .* · source: proposed “Road report” → S\d+ · status: “pending” → “active”$/);
  });
});

describe('the number of suggestions one member may have waiting', () => {
  it('is at most 20, with a refusal that names the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-limit-'));
    const busy = await openCore({
      databasePath: join(dir, 'base.db'),
      logger: createSilentLogger(),
      now: () => TODAY,
      rateLimits: { queriesPerMinute: 100, writesPerMinute: 100, moderatorWritesPerMinute: 100, autocompletesPerMinute: 100 },
    });
    const spammer: Caller = { platform: 'discord', userId: 'spammer', displayName: 'Spam', isModerator: false, workspaceId: 'G1' };
    const suggest = (i: number) =>
      busy.dispatch('fact suggest', { statement: `Spam claim number ${i} about Khost.`, quote: 'spam', source: 'S3', entities: 'Khost' }, spammer);
    for (let i = 0; i < 20; i++) expect(noticesOf(await suggest(i)).join(' ')).toMatch(/waiting for a moderator/);
    expect(noticesOf(await suggest(20)).join(' ')).toMatch(/You have 20 suggestions waiting for review, the most one person may have; nothing was added/);
    expect((rowsOf(busy.base).prepare(`SELECT count(*) AS n FROM facts WHERE created_by = 'discord:spammer'`).get() as { n: number }).n).toBe(20);
    await busy.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
