import { afterAll, describe, expect, it } from 'vitest';
import type { AskJson } from '../../src/ask-reply';
import type { Caller } from '../../src/caller';
import type { FactView } from '../../src/reply';
import { factIdsOf, member, moderator, noticesOf, openTestCore } from '../helpers/core';
import { snapshotTables } from '../helpers/fact-base-state';
import { rowsOf } from '../helpers/sqlite-rows';

const core = openTestCore();
afterAll(() => core.cleanup());

const run = (name: string, options: Record<string, unknown>, caller: Caller = moderator) => core.dispatch(name, options, caller);
const errorsOf = async (name: string, options: Record<string, unknown>, caller: Caller = moderator) => noticesOf(await run(name, options, caller)).join(' ');

const NEW_FACT = {
  statement: 'Tajik border guards seized 1.2 tonnes of narcotics near Panj in March 2026.',
  quote: 'seized 1.2 tonnes of narcotics',
  'source-title': 'Border service report',
  'source-url': 'https://example.org/report',
  'source-date': '2026-03',
  period: '2026-03',
  entities: 'Tajikistan, afghanistan',
};

async function addFact(options: Record<string, unknown> = NEW_FACT): Promise<FactView> {
  return (await run('fact add', options)).data as FactView;
}

describe('fact add', () => {
  it('adds a sourced fact that the next question finds', async () => {
    const fact = await addFact();
    expect(fact).toMatchObject({ status: 'active', source: { title: 'Border service report' }, entities: ['Afghanistan', 'Tajikistan'] });
    const answer = (await run('brief ask', { question: 'narcotics seized at the Tajik border' }, member)).data as AskJson;
    expect(answer.answers[0]?.id).toBe(fact.id);
  });

  it('refuses a fact without a source and writes nothing', async () => {
    const before = snapshotTables(core.base);
    expect(await errorsOf('fact add', { statement: 'A claim.', quote: 'a claim' })).toMatch(/needs a source/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('refuses members: only moderators add facts', async () => {
    const before = snapshotTables(core.base);
    expect(await errorsOf('fact add', NEW_FACT, member)).toMatch(/Only moderators/);
    expect(snapshotTables(core.base)).toBe(before);
  });

  it('offers close names for an unknown entity and the way to add it', async () => {
    expect(await errorsOf('fact add', { ...NEW_FACT, entities: 'Tajikstan Republic, Panj' })).toMatch(/Unknown entities.*Panj.*--new-entities/);
  });

  it('creates new entities named with their kind', async () => {
    const fact = await addFact({
      ...NEW_FACT,
      statement: 'Panj district lies on the Afghan border.',
      quote: 'Panj',
      entities: 'Tajikistan',
      'new-entities': 'Panj:place',
    });
    expect(fact.entities).toEqual(expect.arrayContaining(['Panj', 'Tajikistan']));
  });

  it('flags a near-duplicate with its id', async () => {
    const reply = await run('fact add', {
      ...NEW_FACT,
      source: 'S3',
      'source-title': undefined,
      'source-url': undefined,
      statement: 'Tajikistan shares a 1,357-kilometer border with Afghanistan.',
    });
    expect(noticesOf(reply).join(' ')).toMatch(/near-duplicate of F33/);
  });

  it.each([
    [{ 'source-url': 'javascript:alert(1)' }, /“source-url” must be an http:\/\/ or https:\/\/ address/],
    [{ period: '2025-13' }, /“period” must be a date/],
    [{ period: '2026..2024' }, /“period” ends before it starts/],
    [{ 'source-date': 'March 2026' }, /“source-date” must be a date written YYYY/],
    [{ statement: 'x'.repeat(1001) }, /“statement” must be at most 1000 characters/],
  ])('names the field and the fix for bad input %#', async (change, message) => {
    expect(await errorsOf('fact add', { ...NEW_FACT, ...change })).toMatch(message);
  });
});

describe('fact edit, history and revert', () => {
  it('keeps every version and can go back to one', async () => {
    const fact = await addFact({ ...NEW_FACT, statement: 'Version one of a claim about Khatlon.', quote: 'v1', entities: 'Khatlon' });
    await run('fact edit', { id: fact.id, statement: 'Version two of a claim about Khatlon.', reason: 'typo' });
    await run('fact edit', { id: fact.id, period: '2026-04', reason: 'date' });
    const history = (await run('fact history', { id: fact.id }, member)).blocks[0];
    expect(history).toMatchObject({ kind: 'list' });
    const lines = (history as { items: string[] }).items;
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /v2 edit · by Mod \(terminal:mod\) on terminal .* why: typo · statement: “Version one of a claim about Khatlon.” → “Version two of a claim about Khatlon.”$/,
    );
    expect(lines[2]).toMatch(/period start: “2026-03” → “2026-04” · period end: “2026-03” → “2026-04”$/);
    const reverted = (await run('fact revert', { id: fact.id, version: 1 })).data as FactView;
    expect(reverted).toMatchObject({ statement: 'Version one of a claim about Khatlon.', period: { start: '2026-03', end: '2026-03' } });
    expect((await core.base.facts.current(Number(fact.id.slice(1))))?.version).toBe(4);
  });

  it('requires a reason and something to change', async () => {
    expect(await errorsOf('fact edit', { id: 'F1', statement: 'x' })).toMatch(/fact edit needs a reason \(--reason\)/);
    expect(await errorsOf('fact edit', { id: 'F1', reason: 'because' })).toMatch(/Nothing to change/);
  });

  it('names a version that does not exist', async () => {
    expect(await errorsOf('fact revert', { id: 'F1', version: 9 })).toMatch(/F1 has no version 9; it is at version 1/);
  });
});

describe('retract and restore', () => {
  it('takes a fact out of answers without deleting it, and brings it back', async () => {
    const ask = async () => ((await run('brief ask', { question: 'Darvoz attack' }, member)).data as AskJson).answers.map((a) => a.id);
    const first = (await ask())[0]!;
    await run('fact retract', { id: first, reason: 'disputed' });
    expect(await ask()).not.toContain(first);
    expect(factIdsOf(await run('brief fact', { id: first }, member))).toEqual([first]);
    await run('fact restore', { id: first });
    expect(await ask()).toContain(first);
  });

  it('refuses to restore a fact that is not retracted', async () => {
    expect(await errorsOf('fact restore', { id: 'F2' })).toMatch(/F2 is active, so it cannot be restored/);
  });
});

describe('suggestions and review', () => {
  it('keeps a member’s suggestion out of answers until a moderator approves it', async () => {
    const suggested = (
      await run(
        'fact suggest',
        { ...NEW_FACT, statement: 'Gunmen attacked a checkpoint in Darvoz in 2026.', quote: 'attacked a checkpoint', entities: 'Darvoz' },
        member,
      )
    ).data as FactView;
    expect(suggested.status).toBe('pending');
    const asked = async () => ((await run('brief ask', { question: 'checkpoint attack in Darvoz' }, member)).data as AskJson).answers.map((a) => a.id);
    expect(await asked()).not.toContain(suggested.id);
    expect(factIdsOf(await run('review list', {}))).toContain(suggested.id);
    await run('review approve', { id: suggested.id });
    expect(await asked()).toContain(suggested.id);
  });

  it('rejects a suggestion with a reason', async () => {
    const suggested = (
      await run('fact suggest', { ...NEW_FACT, statement: 'An unsupported rumour about Paktika.', quote: 'rumour', entities: 'Paktika' }, member)
    ).data as FactView;
    await run('review reject', { id: suggested.id, reason: 'no source supports it' });
    expect((await core.base.facts.current(Number(suggested.id.slice(1))))?.status).toBe('rejected');
    expect(await errorsOf('review reject', { id: suggested.id })).toMatch(/review reject needs a reason\./);
  });

  it('refuses the review queue to members', async () => {
    expect(await errorsOf('review list', {}, member)).toMatch(/Only moderators/);
  });
});

describe('sources', () => {
  it('adds, edits and shows a source with the facts citing it', async () => {
    const added = (await run('source add', { title: 'Annual report', url: 'https://example.org/annual', date: '2025' })).data as { id: string };
    await run('fact add', {
      ...NEW_FACT,
      'source-title': undefined,
      'source-url': undefined,
      source: added.id,
      statement: 'The annual report counts 40 incidents in Khost.',
      quote: '40 incidents',
      entities: 'Khost',
    });
    await run('source edit', { id: added.id, publisher: 'Example Institute', reason: 'publisher was missing' });
    const shown = await run('source show', { id: added.id }, member);
    expect(shown.blocks[0]).toMatchObject({ text: expect.stringContaining('Example Institute') });
    expect(factIdsOf(shown)).toHaveLength(1);
  });

  it('flags every fact citing a retracted source and drops them from answers', async () => {
    const added = (await run('source add', { title: 'Dubious blog', url: 'https://example.org/blog' })).data as { id: string };
    const fact = (
      await run('fact add', {
        ...NEW_FACT,
        'source-title': undefined,
        'source-url': undefined,
        source: added.id,
        statement: 'A blog claims 999 drones crossed into Badakhshan.',
        quote: '999 drones',
        entities: 'Badakhshan',
      })
    ).data as FactView;
    const reply = await run('source retract', { id: added.id, reason: 'fabricated' });
    expect(noticesOf(reply).join(' ')).toContain(fact.id);
    expect(factIdsOf(await run('review list', {}))).toContain(fact.id);
    expect(((await run('brief ask', { question: 'drones Badakhshan' }, member)).data as AskJson).answers).toEqual([]);
  });

  it('refuses a source without an http(s) address', async () => {
    expect(await errorsOf('source add', { title: 'No address' })).toMatch(/“url” is required/);
    expect(await errorsOf('source add', { title: 'FTP', url: 'ftp://example.org' })).toMatch(/http:\/\/ or https:\/\//);
  });
});

describe('aliases', () => {
  it('adds an alias the search then understands, and removes it', async () => {
    await run('alias add', { entity: 'TTP', alias: 'Tehrik Taliban' });
    expect(((await run('brief ask', { question: 'Tehrik Taliban attacks' }, member)).data as AskJson).answers.length).toBeGreaterThan(0);
    await run('alias remove', { alias: 'Tehrik Taliban' });
    expect(await core.base.entities.aliasOwner('Tehrik Taliban')).toBeUndefined();
  });

  it('refuses an alias that already names another entity', async () => {
    expect(await errorsOf('alias add', { entity: 'Pakistan', alias: 'Tajik' })).toMatch(/already names Tajikistan/);
  });

  it('refuses an alias another moderator took between the check and the write, and writes nothing', async () => {
    const { aliasOwner } = core.base.entities;
    const other = { actor: { by: 'slack:U9', platform: 'slack', displayName: 'Zoe', at: '2026-03-01T00:00:00.000Z' }, command: 'alias add' };
    // The check finds the name free; the other moderator's write lands just after it.
    core.base.entities.aliasOwner = async (alias) => {
      await core.base.entities.addAlias(1, 'Afghanistan', alias, 'name', other);
      return undefined;
    };
    try {
      const reply = await run('alias add', { entity: 'Pakistan', alias: 'Durand frontier' });
      expect(reply.error?.identifier).toBe('alias-taken');
      expect(noticesOf(reply).join(' ')).toMatch(/“Durand frontier” already names an entity/);
    } finally {
      core.base.entities.aliasOwner = aliasOwner;
    }
    expect(await core.base.entities.aliasOwner('Durand frontier')).toEqual({ entity: 'Afghanistan', kind: 'name' });
  });

  it('never removes an entity’s own name', async () => {
    expect(await errorsOf('alias remove', { alias: 'Pakistan' })).toMatch(/not an alias/);
  });
});

describe('audit and rate limits', () => {
  it('records who ran every write from where', async () => {
    const rows = rowsOf(core.base).prepare(`SELECT DISTINCT command FROM audit_log`).all() as { command: string }[];
    expect(rows.map((row) => row.command)).toEqual(
      expect.arrayContaining(['fact add', 'fact edit', 'fact retract', 'review approve', 'source add', 'alias add']),
    );
  });

  it('tells a chat user to slow down, with the wait', async () => {
    const chatter: Caller = { platform: 'slack', userId: 'U-fast', displayName: 'Fast', isModerator: false };
    const replies = [];
    for (let i = 0; i < 31; i++) replies.push(await run('brief ask', { question: 'Darvoz attack' }, chatter));
    expect(noticesOf(replies[30]!).join(' ')).toMatch(/Too many questions in a minute; try again in \d+ s/);
    expect(noticesOf(replies[29]!).join(' ')).not.toMatch(/Too many/);
  });
});
