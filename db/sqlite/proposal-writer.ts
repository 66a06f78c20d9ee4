import type { Database } from 'better-sqlite3';
import type { Actor } from '../../src/domain/actor';
import { createAuditLog } from './audit-log';
import type { NewEntity } from '../../src/domain/entity';
import { toSourceId } from '../../src/domain/ids';
import type { NewSource } from '../../src/domain/source';

/**
 * Creates the sources and entities a fact brings with it. Called only inside a fact write's
 * transaction: for a moderator's fact at once, for a suggestion when it is approved.
 */
export function createProposalWriter(db: Database) {
  const audit = createAuditLog(db);
  const insertSource = db.prepare(
    `INSERT INTO sources (title, url, publisher, author, published_on, kind, created_at, updated_at)
     VALUES (@title, @url, @publisher, @author, @publishedOn, 'article', @at, @at)`,
  );
  const insertEntity = db.prepare(`INSERT INTO entities (name, kind) VALUES (?, ?)`);
  // A name that came to mean an entity meanwhile (its name or an alias, added by a moderator or
  // another approval) is linked to that entity, not duplicated as a second meaning of the word.
  const existingEntity = db.prepare<[string, string], { id: number }>(
    `SELECT id FROM entities WHERE name = ? COLLATE NOCASE
     UNION ALL SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1`,
  );

  return {
    /** Inserts the source and returns its row id. */
    createSource(source: NewSource, actor: Actor): number {
      const id = Number(insertSource.run({ ...source, at: actor.at }).lastInsertRowid);
      audit.append(actor, 'source add', toSourceId(id), { title: source.title });
      return id;
    },
    /** Row ids of the entities, inserting those that do not exist yet. */
    createEntities(entities: readonly NewEntity[]): number[] {
      return entities.map((entity) => existingEntity.get(entity.name, entity.name)?.id ?? Number(insertEntity.run(entity.name, entity.kind).lastInsertRowid));
    },
  };
}
