import type { SqlSession } from '../postgres/sql-client';

// The triggers of db/postgres/migrations/002_search.sql that keep the facts' index and both word
// counts in step, row by row. Filling an empty base through them costs an index row and a word
// count upsert per fact and again per entity link (about a hundred facts a second); the copy
// turns them off for its own transaction and builds the same tables once, set-wise, at the end.
// The append-only and version triggers stay on.
const SEARCH_TRIGGERS: readonly [table: string, trigger: string][] = [
  ['facts', 'facts_fts_follow'],
  ['fact_entities', 'facts_fts_follow_fact_entities'],
  ['entity_aliases', 'facts_fts_follow_aliases'],
  ['entities', 'facts_fts_follow_entity_name'],
  ['facts_fts', 'facts_vocab_follow'],
  ['sources', 'sources_vocab_follow'],
];

async function setSearchTriggers(session: SqlSession, state: 'ENABLE' | 'DISABLE'): Promise<void> {
  for (const [table, trigger] of SEARCH_TRIGGERS) await session.query(`ALTER TABLE "${table}" ${state} TRIGGER "${trigger}"`);
}

/**
 * Stops the search triggers until `rebuildSearch`. ALTER TABLE is part of the transaction: no other
 * session ever sees them off (it waits on the table's lock), and a copy that fails turns them back on.
 */
export const pauseSearchTriggers = (session: SqlSession): Promise<void> => setSearchTriggers(session, 'DISABLE');

/**
 * Builds the facts' index and both word counts from the copied rows, as the triggers would have
 * left them (only facts in the base, active or retracted, are indexed; a term's count is the
 * number of indexed rows holding it), then turns the triggers back on.
 */
export async function rebuildSearch(session: SqlSession): Promise<void> {
  // The copied tables have no statistics yet; without them the planner takes them for empty.
  await session.query('ANALYZE facts, fact_entities, entities, entity_aliases');
  await withIndexBuiltAfter(session, 'facts_fts_document', () =>
    session.query(
      `INSERT INTO facts_fts (fact_id, statement, quote, entities)
       SELECT f.id, f.statement, f.quote, coalesce(t.terms, '')
         FROM facts f LEFT JOIN fact_entity_term_lists t ON t.fact_id = f.id
        WHERE f.status IN ('active', 'retracted')`,
    ),
  );
  await session.query(`INSERT INTO facts_vocab (term, doc) SELECT term, count(*) FROM facts_fts, unnest(tsvector_to_array(document)) AS term GROUP BY term`);
  await session.query(`INSERT INTO sources_vocab (term, doc) SELECT term, count(*) FROM sources, unnest(tsvector_to_array(document)) AS term GROUP BY term`);
  // Searches plan from these tables' statistics; autovacuum would gather them only some time later.
  await session.query('ANALYZE facts_fts, facts_vocab, sources, sources_vocab');
  await setSearchTriggers(session, 'ENABLE');
}

/**
 * Runs a bulk insert without the index and builds the index once afterwards, from its own
 * definition as the migrations made it: a GIN index takes each row's words one by one on insert
 * (the search indexes keep no pending list), and builds from sorted words many times faster.
 */
async function withIndexBuiltAfter(session: SqlSession, index: string, fill: () => Promise<unknown>): Promise<void> {
  const { rows } = await session.query<{ definition: string }>(`SELECT pg_get_indexdef($1::regclass) AS definition`, [index]);
  await session.query(`DROP INDEX "${index}"`);
  await fill();
  await session.query(rows[0]!.definition);
}
