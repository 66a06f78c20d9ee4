import type { Database } from 'better-sqlite3';
import type { FactStatus } from '../../src/domain/fact';
import type { BaseStats, StatsStore } from '../store';
import type { Synchronous } from './resolved';

/** Counts what the fact base holds. Each count reads an index or a small table, so it stays fast at any size. */
export function createStatsStore(db: Database): Synchronous<StatsStore> {
  const factsByStatus = db.prepare<[], { status: FactStatus; n: number }>(`SELECT status, count(*) AS n FROM facts GROUP BY status`);
  const sources = db.prepare<[], { active: number; retracted: number; further: number }>(
    `SELECT coalesce(sum(status = 'active'), 0) AS active, coalesce(sum(status = 'retracted'), 0) AS retracted,
            coalesce(sum(NOT EXISTS (SELECT 1 FROM facts f WHERE f.source_id = s.id AND f.status = 'active')), 0) AS further
       FROM sources s`,
  );
  const vocabulary = db.prepare<[], { entities: number; aliases: number; demonyms: number }>(
    `SELECT (SELECT count(*) FROM entities) AS entities,
            (SELECT count(*) FROM entity_aliases WHERE kind = 'name') AS aliases,
            (SELECT count(*) FROM entity_aliases WHERE kind = 'demonym') AS demonyms`,
  );
  // Every write, the seed and imports included, appends to the audit log in its own transaction,
  // so the newest entry is the last change to the base.
  const lastChange = db.prepare<[], { at: string; command: string; target: string | null; by: string; platform: string }>(
    `SELECT at, command, target, display_name AS by, platform FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  return {
    /** Every count and the last change, read now. */
    read(): BaseStats {
      const facts: Record<FactStatus, number> = { active: 0, pending: 0, retracted: 0, rejected: 0 };
      for (const row of factsByStatus.all()) facts[row.status] = row.n;
      const catalogue = sources.get()!;
      return {
        facts,
        sources: { active: catalogue.active, retracted: catalogue.retracted, furtherReading: catalogue.further },
        ...vocabulary.get()!,
        lastChange: lastChange.get() ?? null,
      };
    },
  };
}
