import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresListingPageStore } from '../../../db/postgres/listing-pages';
import { createPostgresRateLimitStore } from '../../../db/postgres/rate-limits';
import { fromPool } from '../../../db/postgres/sql-client';
import { toPostgresFailure } from '../../../db/postgres/store-failure';
import type { ListingPageStore, RateLimitStore } from '../../../db/store';
import { commands } from '../../../commands';
import { StoreUnavailableError } from '../../../src/domain/errors';
import { createDispatcher } from '../../../src/dispatch';
import { openFactBase } from '../../../src/fact-base';
import { createSilentLogger } from '../../../src/logger';
import { checkHealth } from '../../../src/ops/health';
import { createRateLimiter } from '../../../src/rate-limit';
import type { CoreServices } from '../../../src/services';
import { member, noticesOf } from '../../helpers/core';
import { closedPort } from './closed-port';
import { postgresTargets, useFreshDatabase } from './fresh-database';

// A new in-memory SQLite base for each comparison, so each starts from empty tables as the schema does.
const opened: { close(): Promise<void> }[] = [];
async function emptySqlite() {
  const base = await openFactBase({ path: ':memory:', seed: () => ({ sources: [], entities: [], facts: [] }) });
  opened.push(base);
  return base;
}
afterAll(async () => {
  for (const base of opened) await base.close();
});

// The same takes on both stores: a burst over the limit, waits inside and past the window.
async function takeSequence(store: RateLimitStore): Promise<unknown[]> {
  const decisions: unknown[] = [];
  for (const atMs of [1_000, 2_000, 3_000, 30_000, 61_000, 61_500, 62_000, 200_000]) decisions.push(await store.take('query:slack:U1', 3, 60_000, atMs));
  decisions.push(await store.take('write:slack:U1', 1, 60_000, 200_000));
  return decisions;
}

async function listingSequence(store: ListingPageStore): Promise<unknown[]> {
  await store.keep('k1', [{ page: 2, invocation: '{"command":"brief search","options":{"page":2}}' }], 1_000, 10_000);
  await store.keep(
    'k1',
    [
      { page: 1, invocation: 'one' },
      { page: 3, invocation: 'three' },
    ],
    5_000,
    20_000,
  );
  await store.keep('k2', [{ page: 2, invocation: 'other' }], 5_000, 8_000);
  const read = (key: string, page: number, atMs: number) => store.pageOf(key, page, atMs);
  return [await read('k1', 2, 15_000), await read('k1', 3, 15_000), await read('k1', 4, 15_000), await read('k2', 2, 7_999), await read('k2', 2, 8_000)];
}

describe.each(postgresTargets())('shared state on $name', (target) => {
  const current = useFreshDatabase(target);

  it('grants and refuses rate-limited actions as the SQLite store does', async () => {
    const expected = await takeSequence((await emptySqlite()).rateLimits);
    expect(await takeSequence(createPostgresRateLimitStore(current().db))).toEqual(expected);
    const refused = (retryAfterSeconds: number) => ({ granted: false, retryAfterSeconds });
    const granted = { granted: true };
    expect(expected).toEqual([granted, granted, granted, refused(31), granted, refused(1), granted, granted, granted]);
  });

  it('grants exactly the limit to two clients taking 50 each at once', async () => {
    const clients = [current().db, await current().another()].map(createPostgresRateLimitStore);
    const takes = clients.flatMap((store) => Array.from({ length: 50 }, () => store.take('query:discord:burst', 60, 60_000, 1_000)));
    const decisions = await Promise.all(takes);
    expect(decisions.filter((decision) => decision.granted)).toHaveLength(60);
    expect(decisions.find((decision) => !decision.granted)).toEqual({ granted: false, retryAfterSeconds: 60 });
  });

  it('deletes actions once they leave their window, whoever takes next', async () => {
    const store = createPostgresRateLimitStore(current().db);
    for (const user of ['a', 'b', 'c']) await store.take(`query:slack:${user}`, 5, 60_000, 1_000);
    await store.take('query:slack:d', 5, 60_000, 70_000);
    expect((await current().db.query<{ key: string }>(`SELECT key FROM rate_limit_actions`)).rows).toEqual([{ key: 'query:slack:d' }]);
  });

  it('keeps, extends and forgets listing pages as the SQLite store does, deleting expired ones', async () => {
    const db = current().db;
    const expected = await listingSequence((await emptySqlite()).listingPages);
    expect(await listingSequence(createPostgresListingPageStore(db))).toEqual(expected);
    expect(expected).toEqual(['{"command":"brief search","options":{"page":2}}', 'three', undefined, 'other', undefined]);
    await createPostgresListingPageStore(db).keep('k3', [{ page: 2, invocation: 'x' }], 30_000, 40_000);
    expect((await db.query<{ listing_key: string }>(`SELECT DISTINCT listing_key FROM listing_pages ORDER BY 1`)).rows).toEqual([{ listing_key: 'k3' }]);
  });
});

describe('a PostgreSQL server that cannot be reached', () => {
  it('is StoreUnavailableError for connection errors and lost servers, and only those', () => {
    for (const code of ['ECONNREFUSED', 'ETIMEDOUT', '57P01', '08006', '08001']) {
      expect(toPostgresFailure(Object.assign(new Error('x'), { code }))).toMatchObject({ name: 'StoreUnavailableError', reason: code });
    }
    expect(toPostgresFailure(new Error('Connection terminated unexpectedly'))).toBeInstanceOf(StoreUnavailableError);
    const refusal = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(toPostgresFailure(refusal)).toBe(refusal);
  });

  it('makes every command answer that the fact base is unreachable, and /healthz report it', async () => {
    const sqlite = await emptySqlite();
    const db = fromPool(new pg.Pool({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', database: 'test', connectionTimeoutMillis: 2_000 }));
    try {
      const rateLimits = { queriesPerMinute: 10, writesPerMinute: 10, moderatorWritesPerMinute: 10, autocompletesPerMinute: 10 };
      const dispatch = createDispatcher({
        commands,
        services: { base: sqlite, now: () => new Date() } as CoreServices,
        logger: createSilentLogger(),
        rateLimiter: createRateLimiter(rateLimits, createPostgresRateLimitStore(db)),
      });
      for (const [name, options] of [
        ['brief ask', { question: 'length of the Tajik border' }],
        ['fact suggest', { statement: 'A claim about Khost.', quote: 'claim', source: 'S1', entities: 'Khost' }],
      ] as const) {
        const reply = await dispatch(name, options, member);
        expect(reply).toMatchObject({ outcome: 'failed', error: { identifier: 'store-unavailable' } });
        expect(noticesOf(reply)).toEqual(['The fact base is unreachable; try again shortly.']);
      }
      const health = await checkHealth({ health: { ...sqlite.health, ping: async () => void (await db.query('SELECT 1')) } }, []);
      expect(health).toMatchObject({ ok: false, database: 'unreachable: ECONNREFUSED' });
    } finally {
      await db.close();
    }
  });
});
