import type { Database } from 'better-sqlite3';
import type { BundleStore } from '../store';
import type { Bundle } from '../../src/domain/bundle';
import type { EntityRecord } from '../../src/domain/entity';
import type { FactRecord } from '../../src/domain/fact';
import { toRowId } from '../../src/domain/ids';
import { type AliasRow, type BundleFactRow, type EntityRow, toEntityRecords, toFactRecord } from '../bundle-rows';
import type { Actor } from '../../src/domain/actor';
import { countRows, type ProgressListener } from '../../src/domain/progress';
import { createAuditLog } from './audit-log';
import { createRevisionLog } from './revision-log';
import { type SourceRow, toSourceRecord } from './source-row';
import { writeTransaction } from './write-transaction';
import type { Synchronous } from './resolved';

type FactRow = Omit<BundleFactRow, 'entities'> & { entities: string };

/** Writes and reads whole fact bases in the interchange form (seed, import, export). */
export function createBundleStore(db: Database): Synchronous<BundleStore> {
  const revisions = createRevisionLog(db);
  const audit = createAuditLog(db);
  // Sources and entities already in the base are kept as they are (import merges into them).
  const insertSource = db.prepare(
    `INSERT OR IGNORE INTO sources (id, title, author, publisher, published_on, url, kind, notes, status, created_at, updated_at)
     VALUES (@id, @title, @author, @publisher, @publishedOn, @url, @kind, @notes, @status, @at, @at)`,
  );
  const insertEntity = db.prepare(`INSERT OR IGNORE INTO entities (name, kind) VALUES (?, ?)`);
  const entityId = db.prepare<[string], { id: number }>(`SELECT id FROM entities WHERE name = ?`);
  const insertAlias = db.prepare(`INSERT OR IGNORE INTO entity_aliases (alias, entity_id, kind) VALUES (?, ?, ?)`);
  const existingFacts = db.prepare<[string], { id: number }>(`SELECT id FROM facts WHERE id IN (SELECT value FROM json_each(?))`);
  const existingSources = db.prepare<[string], { id: number; title: string }>(`SELECT id, title FROM sources WHERE id IN (SELECT value FROM json_each(?))`);
  const sameStatements = db.prepare<[string], { id: number; statement: string }>(
    `SELECT id, statement FROM facts WHERE lower(trim(statement)) IN (SELECT lower(trim(value)) FROM json_each(?)) ORDER BY id`,
  );
  const lastFactId = db.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM facts`);
  const insertFact = db.prepare(
    `INSERT INTO facts (id, statement, quote, source_id, period_start, period_end, status, created_by, updated_by, created_at, updated_at)
     VALUES (@id, @statement, @quote, @sourceId, @start, @end, @status, @by, @by, @at, @at)`,
  );
  const linkEntity = db.prepare(`INSERT OR IGNORE INTO fact_entities (fact_id, entity_id) SELECT ?, id FROM entities WHERE name = ? COLLATE NOCASE`);
  const selectSources = db.prepare<[], SourceRow>(`SELECT * FROM sources ORDER BY id`);
  const selectEntities = db.prepare<[], EntityRow>(`SELECT id, name, kind FROM entities ORDER BY id`);
  const selectAliases = db.prepare<[], AliasRow>(`SELECT entity_id, alias, kind FROM entity_aliases ORDER BY rowid`);
  const selectFacts = db.prepare<[], FactRow>(
    `SELECT f.id, f.statement, f.quote, f.source_id, f.period_start, f.period_end, f.status,
            (SELECT json_group_array(e.name ORDER BY e.id) FROM fact_entities fe
               JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = f.id) AS entities
       FROM facts f WHERE f.source_id IS NOT NULL ORDER BY f.id`,
  );

  function writeEntity(entity: EntityRecord): void {
    insertEntity.run(entity.name, entity.kind);
    const id = entityId.get(entity.name)!.id;
    for (const alias of entity.aliases) insertAlias.run(alias, id, 'name');
    for (const demonym of entity.demonyms) insertAlias.run(demonym, id, 'demonym');
  }

  function writeFact(fact: FactRecord, actor: Actor): void {
    const id = toRowId(fact.id);
    insertFact.run({
      id,
      statement: fact.statement,
      quote: fact.quote,
      sourceId: toRowId(fact.source),
      start: fact.period.start,
      end: fact.period.end,
      status: fact.status,
      by: actor.by,
      at: actor.at,
    });
    for (const name of fact.entities) linkEntity.run(id, name);
    revisions.append(id, 'import', actor, null);
  }

  // Sources and entities that exist already are kept; an existing entity gains new aliases.
  function insert(bundle: Bundle, actor: Actor, onProgress: ProgressListener | undefined): void {
    const sourceDone = countRows(onProgress, 'sources', bundle.sources.length);
    for (const source of bundle.sources) {
      insertSource.run({ ...source, id: toRowId(source.id), at: actor.at });
      sourceDone();
    }
    const entityDone = countRows(onProgress, 'entities', bundle.entities.length);
    for (const entity of bundle.entities) {
      writeEntity(entity);
      entityDone();
    }
    const factDone = countRows(onProgress, 'facts', bundle.facts.length);
    for (const fact of bundle.facts) {
      writeFact(fact, actor);
      factDone();
    }
  }

  return {
    /** Which of these fact row ids are taken. */
    takenFactIds(ids: readonly number[]): number[] {
      return existingFacts.all(JSON.stringify(ids)).map((row) => row.id);
    },
    /** Titles of the sources with these row ids that exist. */
    existingSourceTitles(ids: readonly number[]): Map<number, string> {
      return new Map(existingSources.all(JSON.stringify(ids)).map((row) => [row.id, row.title]));
    },
    /** Facts already in the base whose statement is one of these (case and surrounding spaces aside). */
    factsStating(statements: readonly string[]): { id: number; statement: string }[] {
      return sameStatements.all(JSON.stringify(statements));
    },
    /** The row id the next new fact would get. */
    nextFactId(): number {
      return (lastFactId.get()?.id ?? 0) + 1;
    },
    /** Inserts a bundle and its audit entry in one transaction (see `insert`). */
    importWithAudit: writeTransaction(db, (bundle: Bundle, actor: Actor, origin: string, onProgress?: ProgressListener): void => {
      insert(bundle, actor, onProgress);
      audit.append(actor, 'import', origin, { sources: bundle.sources.length, entities: bundle.entities.length, facts: bundle.facts.length });
    }),

    /**
     * The whole base in interchange form, in id order, so two exports of one base are identical.
     * A suggestion citing a source it only proposes is left out: the proposal is not part of the base.
     */
    read(): Bundle {
      return {
        sources: selectSources.all().map(toSourceRecord),
        entities: toEntityRecords(selectEntities.all(), selectAliases.all()),
        facts: selectFacts.all().map((row) => toFactRecord({ ...row, entities: JSON.parse(row.entities) as string[] })),
      };
    },
  };
}
