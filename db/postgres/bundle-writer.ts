import type { Bundle } from '../../src/domain/bundle';
import type { EntityRecord } from '../../src/domain/entity';
import type { FactRecord } from '../../src/domain/fact';
import type { SourceRecord } from '../../src/domain/source';
import type { Actor } from '../../src/domain/actor';
import { appendAudit } from './audit-log';
import { appendRevision } from './revision-log';
import type { SqlSession } from './sql-client';

const rowId = (publicId: string): number => Number(publicId.slice(1));

// Sources and entities already in the base are kept as they are (an import merges into them).
async function writeSource(session: SqlSession, source: SourceRecord, at: string): Promise<void> {
  await session.query(
    `INSERT INTO sources (id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (id) DO NOTHING`,
    [rowId(source.id), source.title, source.author, source.publisher, source.publishedOn, source.url, source.kind, source.notes, source.status, at],
  );
}

// An existing entity (whatever the case of its name) gains the new aliases. SQLite's INSERT OR
// IGNORE takes the next AUTOINCREMENT id even for a row it then ignores, so an import spends one
// entity id per entity that exists already; ON CONFLICT DO NOTHING spends one from the sequence
// just the same, which keeps the next new entity's id the one the SQLite store would give.
async function writeEntity(session: SqlSession, entity: EntityRecord): Promise<void> {
  await session.query(`INSERT INTO entities (name, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [entity.name, entity.kind]);
  const { rows } = await session.query<{ id: number }>(`SELECT id FROM entities WHERE lower(name) = lower($1)`, [entity.name]);
  const aliases = [...entity.aliases.map((alias) => [alias, 'name']), ...entity.demonyms.map((demonym) => [demonym, 'demonym'])];
  for (const [alias, kind] of aliases) {
    await session.query(`INSERT INTO entity_aliases (alias, entity_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [alias, rows[0]!.id, kind]);
  }
}

async function writeFact(session: SqlSession, fact: FactRecord, actor: Actor): Promise<void> {
  const id = rowId(fact.id);
  await session.query(
    `INSERT INTO facts (id, statement, quote, source_id, period_start, period_end, status, created_by, updated_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $9)`,
    [id, fact.statement, fact.quote, rowId(fact.source), fact.period.start, fact.period.end, fact.status, actor.by, actor.at],
  );
  await session.query(
    `INSERT INTO fact_entities (fact_id, entity_id)
     SELECT $1, id FROM entities WHERE lower(name) = ANY (SELECT lower(n) FROM unnest($2::text[]) AS n)
     ON CONFLICT DO NOTHING`,
    [id, fact.entities],
  );
  await appendRevision(session, id, 'import', actor, null);
}

// Sources and facts written with their own ids leave the identity sequences behind; without this
// the next new fact or source would be handed an id that is taken.
async function advanceIdSequences(session: SqlSession): Promise<void> {
  for (const table of ['sources', 'facts']) {
    await session.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), max(id)) FROM ${table} HAVING max(id) IS NOT NULL`, [table]);
  }
}

/**
 * Writes a bundle and its audit entry inside the caller's transaction: sources and entities that
 * exist are kept, each fact gets its first revision, as the SQLite store's import does.
 */
export async function importBundle(session: SqlSession, bundle: Bundle, actor: Actor, origin: string): Promise<void> {
  for (const source of bundle.sources) await writeSource(session, source, actor.at);
  for (const entity of bundle.entities) await writeEntity(session, entity);
  for (const fact of bundle.facts) await writeFact(session, fact, actor);
  await advanceIdSequences(session);
  await appendAudit(session, actor, 'import', origin, { sources: bundle.sources.length, entities: bundle.entities.length, facts: bundle.facts.length });
}
