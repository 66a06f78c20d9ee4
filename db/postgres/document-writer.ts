import { splitPassages } from '../../src/domain/passages';
import type { SqlSession } from './sql-client';

/** Stores (or replaces) a source's text and its passages, inside the caller's transaction. */
export async function storeDocumentText(session: SqlSession, sourceId: number, body: string, at: string): Promise<void> {
  await session.query(
    `INSERT INTO source_documents (source_id, body, added_at) VALUES ($1, $2, $3)
     ON CONFLICT (source_id) DO UPDATE SET body = excluded.body, added_at = excluded.added_at`,
    [sourceId, body, at],
  );
  await session.query(`DELETE FROM document_passages WHERE source_id = $1`, [sourceId]);
  const passages = splitPassages(body);
  // One statement for the whole document: a long text has thousands of sentences.
  await session.query(
    `INSERT INTO document_passages (source_id, start_at, end_at, body)
     SELECT $1, p.start_at, p.end_at, p.body FROM unnest($2::integer[], $3::integer[], $4::text[]) AS p (start_at, end_at, body)`,
    [sourceId, passages.map((p) => p.start), passages.map((p) => p.end), passages.map((p) => p.text)],
  );
}
