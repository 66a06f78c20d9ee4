import type { Stores } from '../../db/store';
import { rowsOf } from './sqlite-rows';

/** Every row of every table that commands write, so a test can tell that nothing changed. */
export function snapshotTables(base: Pick<Stores, 'health'>): string {
  const db = rowsOf(base);
  const tables = [
    'sources',
    'facts',
    'entities',
    'entity_aliases',
    'fact_entities',
    'fact_revisions',
    'audit_log',
    'fact_reports',
    'source_documents',
    'document_passages',
  ];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
}
