import type { Passage } from '../../src/domain/passages';
import { storeDocumentText } from './document-writer';
import type { SqlDatabase } from './sql-client';

/** Stores sources' texts and their passages, and reads them back. */
export function createDocumentStore(db: SqlDatabase) {
  return {
    /** Stores several sources' texts in one transaction (the seed documents). */
    storeTexts(documents: readonly { sourceId: number; body: string }[], at: string): Promise<void> {
      return db.transaction(async (session) => {
        for (const document of documents) await storeDocumentText(session, document.sourceId, document.body, at);
      });
    },
    /** The source's stored text, or undefined when it has none. */
    async textOf(sourceId: number): Promise<string | undefined> {
      return (await db.query<{ body: string }>(`SELECT body FROM source_documents WHERE source_id = $1`, [sourceId])).rows[0]?.body;
    },
    /** Every passage of the source's text, in order. */
    async passagesOf(sourceId: number): Promise<Passage[]> {
      const { rows } = await db.query<Passage>(
        `SELECT start_at AS start, end_at AS "end", body AS text FROM document_passages WHERE source_id = $1 ORDER BY start_at`,
        [sourceId],
      );
      return rows;
    },
    /** The quotes of every fact citing the source, whatever its status (pending suggestions too). */
    async quotesCiting(sourceId: number): Promise<string[]> {
      return (await db.query<{ quote: string }>(`SELECT quote FROM facts WHERE source_id = $1 ORDER BY id`, [sourceId])).rows.map((row) => row.quote);
    },
  };
}
