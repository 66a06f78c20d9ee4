import type { Database } from 'better-sqlite3';
import type { FactStatus } from '../src/reply';
import type { Actor } from './actor';

/** A fact's state at one version, as kept in its revision history. */
export interface FactSnapshot {
  statement: string;
  quote: string;
  sourceId: number;
  periodStart: string | null;
  periodEnd: string | null;
  status: FactStatus;
  entities: string[];
}

/** Appends a fact's current row to its history; the history is append-only by trigger. */
export function createRevisionLog(db: Database) {
  const insert = db.prepare(
    `INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, platform, reason, changed_at)
     SELECT f.id, f.version, @action,
            json_object('statement', f.statement, 'quote', f.quote, 'sourceId', f.source_id,
                        'periodStart', f.period_start, 'periodEnd', f.period_end, 'status', f.status,
                        'entities', (SELECT json_group_array(e.name ORDER BY e.id) FROM fact_entities fe
                                       JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = f.id)),
            @by, @platform, @reason, @at
       FROM facts f WHERE f.id = @factId`,
  );
  return {
    /** Records the fact's current state as its current version. */
    append(factId: number, action: string, actor: Actor, reason: string | null): void {
      insert.run({ factId, action, by: actor.by, platform: actor.platform, reason, at: actor.at });
    },
  };
}

/** One version of a fact as its history shows it. */
export interface RevisionEntry {
  version: number;
  action: string;
  snapshot: FactSnapshot;
  changedBy: string;
  platform: string;
  reason: string | null;
  changedAt: string;
}

/** Reads a fact's history, oldest version first. */
export function createRevisionReader(db: Database) {
  const list = db.prepare<[number], { version: number; action: string; snapshot: string; changed_by: string; platform: string; reason: string | null; changed_at: string }>(
    `SELECT version, action, snapshot, changed_by, platform, reason, changed_at FROM fact_revisions WHERE fact_id = ? ORDER BY version`,
  );
  return {
    listFor(factId: number): RevisionEntry[] {
      return list.all(factId).map((row) => ({
        version: row.version,
        action: row.action,
        snapshot: JSON.parse(row.snapshot) as FactSnapshot,
        changedBy: row.changed_by,
        platform: row.platform,
        reason: row.reason,
        changedAt: row.changed_at,
      }));
    },
  };
}
