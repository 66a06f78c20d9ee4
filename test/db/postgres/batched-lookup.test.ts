import { describe, expect, it } from 'vitest';
import { batchedLookup } from '../../../db/postgres/batched-lookup';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { postgresTargets, useFreshDatabase } from './fresh-database';

describe.each(postgresTargets())('word lookups on $name', (target) => {
  const current = useFreshDatabase(target);
  let statements: string[] = [];
  const counting = (db: SqlDatabase): SqlDatabase => ({
    ...db,
    query: (sql, params) => {
      statements.push(sql);
      return db.query(sql, params);
    },
  });

  it('sends the words asked for together as one query and answers each, with the fallback for a word no fact holds', async () => {
    await current().db.query(`INSERT INTO facts_vocab (term, doc) VALUES ('border', 3), ('tajik', 1)`);
    statements = [];
    const count = batchedLookup<number>(counting(current().db), `SELECT term AS key, doc AS value FROM facts_vocab WHERE term = ANY($1::text[])`, 0);
    expect(await Promise.all(['border', 'tajik', 'narnia', 'border'].map(count))).toEqual([3, 1, 0, 3]);
    expect(statements).toHaveLength(1);
    expect(await count('tajik')).toBe(1);
    expect(statements).toHaveLength(2);
  });
});
