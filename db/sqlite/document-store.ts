import type { Database } from 'better-sqlite3';
import { type Passage, splitPassages } from '../../src/domain/passages';
import { type PassageRow, toFoundPassage } from '../passage-row';
import { toFtsMatch } from './fts-match';
import { writeTransaction } from './write-transaction';
import type { FoundPassage, MatchExpression } from '../store';

/** Stores sources' texts and their passages, and searches the passages. */
export function createDocumentStore(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO source_documents (source_id, body, added_at) VALUES (@sourceId, @body, @at)
     ON CONFLICT (source_id) DO UPDATE SET body = excluded.body, added_at = excluded.added_at`,
  );
  const clearPassages = db.prepare(`DELETE FROM document_passages WHERE source_id = ?`);
  const insertPassage = db.prepare(`INSERT INTO document_passages (source_id, start_at, end_at, body) VALUES (?, ?, ?, ?)`);
  const text = db.prepare<[number], { body: string }>(`SELECT body FROM source_documents WHERE source_id = ?`);
  const passagesOf = db.prepare<[number], Passage>(
    `SELECT start_at AS start, end_at AS "end", body AS text FROM document_passages WHERE source_id = ? ORDER BY start_at`,
  );
  const quotes = db.prepare<[number], { quote: string }>(`SELECT quote FROM facts WHERE source_id = ? ORDER BY id`);
  const match = db.prepare<{ query: string; sourceId: number | null; limit: number }, PassageRow>(
    `SELECT p.source_id, p.start_at, p.end_at, p.body, bm25(document_passages_fts) AS rank
       FROM document_passages_fts JOIN document_passages p ON p.id = document_passages_fts.rowid
       JOIN sources s ON s.id = p.source_id AND s.status = 'active'
      WHERE document_passages_fts MATCH @query AND (@sourceId IS NULL OR p.source_id = @sourceId)
      ORDER BY rank LIMIT @limit`,
  );

  /** Stores (or replaces) a source's text and its passages in one transaction; call inside another write to share it. */
  const storeText = (sourceId: number, body: string, at: string): void => {
    upsert.run({ sourceId, body, at });
    clearPassages.run(sourceId);
    for (const passage of splitPassages(body)) insertPassage.run(sourceId, passage.start, passage.end, passage.text);
  };

  return {
    storeText,
    /** Stores several sources' texts in one transaction (the seed documents). */
    storeTexts: writeTransaction(db, (documents: readonly { sourceId: number; body: string }[], at: string): void => {
      for (const document of documents) storeText(document.sourceId, document.body, at);
    }),
    /** The source's stored text, or undefined when it has none. */
    textOf(sourceId: number): string | undefined {
      return text.get(sourceId)?.body;
    },
    /** Every passage of the source's text, in order. */
    passagesOf(sourceId: number): Passage[] {
      return passagesOf.all(sourceId);
    },
    /** The quotes of every fact citing the source, whatever its status (pending suggestions too). */
    quotesCiting(sourceId: number): string[] {
      return quotes.all(sourceId).map((row) => row.quote);
    },
    /** Passages matching an expression, best first, of active sources (of one source when given). */
    search(expression: MatchExpression, limit: number, sourceId: number | null = null): FoundPassage[] {
      return match.all({ query: toFtsMatch(expression), sourceId, limit }).map(toFoundPassage);
    },
  };
}
