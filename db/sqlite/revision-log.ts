import type { Database } from 'better-sqlite3';
import type { RevisionEntry } from '../../src/domain/fact';
import { type RevisionRow, toRevisionEntry } from '../fact-rows';
import type { Actor } from '../../src/domain/actor';
import { toActorColumns } from '../actor-columns';

/** Appends a fact's current row to its history; the history is append-only by trigger. */
export function createRevisionLog(db: Database) {
  const insert = db.prepare(
    `INSERT INTO fact_revisions (fact_id, version, action, snapshot, changed_by, user_id, display_name, platform, workspace_id, channel_id, reason, changed_at)
     SELECT f.id, f.version, @action,
            json_object('statement', f.statement, 'quote', f.quote, 'sourceId', f.source_id,
                        'periodStart', f.period_start, 'periodEnd', f.period_end, 'status', f.status,
                        'entities', (SELECT json_group_array(e.name ORDER BY e.id) FROM fact_entities fe
                                       JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = f.id),
                        'proposal', json(f.proposal)),
            @by, @userId, @displayName, @platform, @workspaceId, @channelId, @reason, @at
       FROM facts f WHERE f.id = @factId`,
  );
  return {
    /** Records the fact's current state as its current version. */
    append(factId: number, action: string, actor: Actor, reason: string | null): void {
      insert.run({ ...toActorColumns(actor), factId, action, reason });
    },
  };
}

/** Reads a fact's history, oldest version first. */
export function createRevisionReader(db: Database) {
  const list = db.prepare<[number], RevisionRow>(
    `SELECT version, action, snapshot, changed_by, display_name, platform, workspace_id, channel_id, reason, changed_at
       FROM fact_revisions WHERE fact_id = ? ORDER BY version`,
  );
  return {
    listFor(factId: number): RevisionEntry[] {
      return list.all(factId).map(toRevisionEntry);
    },
  };
}
