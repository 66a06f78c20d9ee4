import { describe, expect, it } from 'vitest';
import { createPostgresStores } from '../../../db/postgres/index';
import type { SqlDatabase } from '../../../db/postgres/sql-client';
import { seededSqlite } from './seeded-pair';

// Building the repositories sends nothing: a database that refuses every call proves it.
const unreachable: SqlDatabase = {
  query: () => Promise.reject(new Error('no query expected')),
  session: () => Promise.reject(new Error('no session expected')),
  transaction: () => Promise.reject(new Error('no transaction expected')),
  close: async () => undefined,
};

const methodsOf = (stores: object): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(stores)
      .filter(([, store]) => typeof store === 'object')
      .map(([name, store]) => [name, Object.keys(store as object).sort()]),
  );

describe('the PostgreSQL stores', () => {
  it('offer every repository and method the SQLite stores offer, without touching the database', async () => {
    const sqlite = await seededSqlite();
    try {
      const postgres = createPostgresStores(unreachable);
      expect(Object.keys(postgres).sort()).toEqual([
        'bundles',
        'entities',
        'facts',
        'gaps',
        'health',
        'listingPages',
        'rateLimits',
        'review',
        'search',
        'sources',
        'stats',
      ]);
      expect(methodsOf(postgres)).toEqual(methodsOf(sqlite));
    } finally {
      await sqlite.close();
    }
  });
});
