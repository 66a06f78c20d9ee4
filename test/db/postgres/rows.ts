import type { SqlDatabase } from '../../../db/postgres/sql-client';

// Just enough rows for the schema's rules to act on; the stores will write the real ones.
const AT = '2026-02-09T10:00:00.000Z';

async function insertReturningId(db: SqlDatabase, sql: string, params: readonly unknown[]): Promise<number> {
  return (await db.query<{ id: number }>(`${sql} RETURNING id`, params)).rows[0]!.id;
}

export function insertSource(db: SqlDatabase, title = 'Why the border matters'): Promise<number> {
  return insertReturningId(db, `INSERT INTO sources (title, publisher, created_at, updated_at) VALUES ($1, 'The National Interest', $2, $2)`, [title, AT]);
}

export async function insertEntity(db: SqlDatabase, name: string, aliases: readonly string[] = []): Promise<number> {
  const id = await insertReturningId(db, `INSERT INTO entities (name, kind) VALUES ($1, 'group')`, [name]);
  for (const alias of aliases) await db.query(`INSERT INTO entity_aliases (alias, entity_id) VALUES ($1, $2)`, [alias, id]);
  return id;
}

export async function insertFact(
  db: SqlDatabase,
  fact: { statement: string; quote?: string; sourceId: number; status?: string; entityIds?: readonly number[] },
): Promise<number> {
  const id = await insertReturningId(
    db,
    `INSERT INTO facts (statement, quote, source_id, status, created_by, updated_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'terminal:local', 'terminal:local', $5, $5)`,
    [fact.statement, fact.quote ?? fact.statement, fact.sourceId, fact.status ?? 'active', AT],
  );
  for (const entityId of fact.entityIds ?? []) {
    await db.query(`INSERT INTO fact_entities (fact_id, entity_id) VALUES ($1, $2)`, [id, entityId]);
  }
  return id;
}

/** Ids of the indexed facts that hold every word of `words`, as the search config reads them. */
export async function searchFacts(db: SqlDatabase, words: string): Promise<number[]> {
  const { rows } = await db.query<{ fact_id: number }>(`SELECT fact_id FROM facts_fts WHERE document @@ plainto_tsquery('briefbot', $1) ORDER BY fact_id`, [
    words,
  ]);
  return rows.map((row) => row.fact_id);
}
