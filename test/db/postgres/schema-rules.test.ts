import { describe, expect, it } from 'vitest';
import { postgresTargets, useFreshDatabase } from './fresh-database';
import { insertEntity, insertFact, insertSource, searchFacts } from './rows';

describe.each(postgresTargets())('the PostgreSQL schema on $name', (target) => {
  const current = useFreshDatabase(target);
  const db = () => current().db;

  async function revisedFact(): Promise<number> {
    const factId = await insertFact(db(), { statement: 'The border is 1,357 kilometres long.', sourceId: await insertSource(db()) });
    await db().query(
      `INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, platform, changed_at)
       VALUES ($1, 1, 'add', '{"statement":"The border is 1,357 kilometres long."}', 'terminal:local', 'terminal', now())`,
      [factId],
    );
    return factId;
  }

  it('refuses to change or delete a fact revision', async () => {
    await revisedFact();
    await expect(db().query(`UPDATE fact_revisions SET reason = 'rewritten'`)).rejects.toThrow('fact_revisions is append-only');
    await expect(db().query(`DELETE FROM fact_revisions`)).rejects.toThrow('fact_revisions is append-only');
    await expect(db().query(`TRUNCATE fact_revisions`)).rejects.toThrow('fact_revisions is append-only');
    expect((await db().query(`SELECT reason FROM fact_revisions`)).rows).toEqual([{ reason: null }]);
  });

  it('refuses to change or delete an audit entry', async () => {
    await db().query(
      `INSERT INTO audit_log (at, platform, user_id, display_name, command, target, detail)
       VALUES (now(), 'slack', 'U1', 'Ana', 'retract', 'F1', '{"status":"retracted"}')`,
    );
    await expect(db().query(`UPDATE audit_log SET display_name = 'someone else'`)).rejects.toThrow('audit_log is append-only');
    await expect(db().query(`DELETE FROM audit_log`)).rejects.toThrow('audit_log is append-only');
    expect((await db().query(`SELECT display_name FROM audit_log`)).rows).toEqual([{ display_name: 'Ana' }]);
  });

  it('refuses a revision snapshot that is not JSON', async () => {
    const factId = await revisedFact();
    await expect(
      db().query(
        `INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, platform, changed_at)
         VALUES ($1, 2, 'edit', 'not json', 'terminal:local', 'terminal', now())`,
        [factId],
      ),
    ).rejects.toThrow(/json/i);
  });

  it('finds an active fact by a word of its statement, stemmed, and by an alias of its entity', async () => {
    const ttp = await insertEntity(db(), 'Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']);
    const factId = await insertFact(db(), { statement: 'Attacks on the Chinese workers rose.', sourceId: await insertSource(db()), entityIds: [ttp] });
    expect(await searchFacts(db(), 'attack')).toEqual([factId]);
    expect(await searchFacts(db(), 'TTP')).toEqual([factId]);
    expect(await searchFacts(db(), 'taliban')).toEqual([factId]);
  });

  it('keeps a pending suggestion out of the index until it is approved, and a rejected one out again', async () => {
    const factId = await insertFact(db(), { statement: 'Smuggling across the Wakhan corridor grew.', sourceId: await insertSource(db()), status: 'pending' });
    expect(await searchFacts(db(), 'smuggling')).toEqual([]);
    await db().query(`UPDATE facts SET status = 'active' WHERE id = $1`, [factId]);
    expect(await searchFacts(db(), 'smuggling')).toEqual([factId]);
    await db().query(`UPDATE facts SET status = 'rejected' WHERE id = $1`, [factId]);
    expect(await searchFacts(db(), 'smuggling')).toEqual([]);
  });

  it('reindexes a fact when an alias of its entity is added or removed', async () => {
    const entityId = await insertEntity(db(), 'Islamic State Khorasan Province');
    const factId = await insertFact(db(), { statement: 'A bombing was claimed.', sourceId: await insertSource(db()), entityIds: [entityId] });
    await db().query(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('ISKP', $1)`, [entityId]);
    expect(await searchFacts(db(), 'ISKP')).toEqual([factId]);
    await db().query(`DELETE FROM entity_aliases WHERE alias = 'ISKP'`);
    expect(await searchFacts(db(), 'ISKP')).toEqual([]);
  });

  it('counts the indexed facts holding each stemmed word, and forgets a word no fact holds', async () => {
    const sourceId = await insertSource(db());
    await insertFact(db(), { statement: 'Refugees crossed the border.', sourceId });
    const second = await insertFact(db(), { statement: 'The border was closed.', sourceId });
    await insertFact(db(), { statement: 'A pending border claim.', sourceId, status: 'pending' });
    const counts = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        (await db().query<{ term: string; doc: number }>(`SELECT term, doc FROM facts_vocab WHERE term IN ('border', 'close', 'refuge', 'claim')`)).rows.map(
          (r) => [r.term, r.doc],
        ),
      );
    expect(await counts()).toEqual({ border: 2, close: 1, refuge: 1 });
    await db().query(`UPDATE facts SET status = 'rejected' WHERE id = $1`, [second]);
    expect(await counts()).toEqual({ border: 1, refuge: 1 });
  });

  it('finds "Tehrik-i-Taliban" through its trigram index for a misspelling', async () => {
    await insertEntity(db(), 'Tehreek-e-Taliban Pakistan', ['Tehrik-i-Taliban Pakistan', 'TTP']);
    await insertEntity(db(), 'Islamic State Khorasan Province', ['ISKP']);
    const { rows } = await db().query<{ term: string }>(
      `SELECT alias AS term FROM entity_aliases WHERE lower(alias) % lower($1)
       UNION SELECT name FROM entities WHERE lower(name) % lower($1)`,
      ['Tehrik-e-Talibaan'],
    );
    expect(rows.map((row) => row.term).sort()).toEqual(['Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan']);
  });

  it('keeps names and aliases one vocabulary, whatever their case', async () => {
    await insertEntity(db(), 'Tajikistan');
    const other = await insertEntity(db(), 'Afghanistan');
    await expect(db().query(`INSERT INTO entity_aliases (alias, entity_id) VALUES ('TAJIKISTAN', $1)`, [other])).rejects.toThrow(
      'alias is already the name of another entity',
    );
    await expect(db().query(`INSERT INTO entities (name, kind) VALUES ('afghanistan', 'country')`)).rejects.toThrow(/entities_name_nocase/);
  });

  it('bumps the vocabulary counter on every entity or alias write and the catalogue counter on every source write', async () => {
    const read = async () =>
      (
        await db().query<{ vocabulary: string; catalogue: string }>(
          `SELECT (SELECT counter FROM vocabulary_version)::text AS vocabulary, (SELECT version FROM catalogue_version)::text AS catalogue`,
        )
      ).rows[0]!;
    const before = await read();
    const entityId = await insertEntity(db(), 'Wakhan', ['Wakhan corridor']);
    await db().query(`DELETE FROM entity_aliases WHERE entity_id = $1`, [entityId]);
    const sourceId = await insertSource(db());
    await db().query(`UPDATE sources SET status = 'retracted' WHERE id = $1`, [sourceId]);
    const after = await read();
    expect(Number(after.vocabulary) - Number(before.vocabulary)).toBe(3);
    expect(Number(after.catalogue) - Number(before.catalogue)).toBe(2);
  });
});
