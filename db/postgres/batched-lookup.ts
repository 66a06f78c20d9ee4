import DataLoader from 'dataloader';
import type { SqlDatabase } from './sql-client';

/**
 * One question looks up dozens of words at once (does any fact hold it, how many), each one row of
 * a counter table. Over the network a lookup is a round trip, so the words asked for in the same
 * tick go to the server as one `= ANY($1)` query. Nothing is cached here: callers decide what to
 * keep (a word that does not occur must be asked again, so a fact added a moment ago is found).
 *
 * `sql` takes the keys as `$1` (a text array) and returns each found key as `key` with its `value`;
 * a key it does not return gets `missing`.
 */
export function batchedLookup<Value>(db: SqlDatabase, sql: string, missing: Value): (key: string) => Promise<Value> {
  const loader = new DataLoader<string, Value>(
    async (keys) => {
      const { rows } = await db.query<{ key: string; value: Value }>(sql, [[...keys]]);
      const found = new Map(rows.map((row) => [row.key, row.value]));
      return keys.map((key) => found.get(key) ?? missing);
    },
    { cache: false },
  );
  return (key) => loader.load(key);
}
