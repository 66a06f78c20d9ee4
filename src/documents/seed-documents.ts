import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle } from '../bundle';
import { toRowId } from '../domain/ids';
import { decodeDocument } from './decode-document';

const DOCUMENTS_DIR = fileURLToPath(new URL('../../db/seed/documents/', import.meta.url));

/**
 * The texts of the bundle's sources that name a seed document (`document` in sources.json), read
 * through the same checks as an uploaded one. Only a bare file name in db/seed/documents is read.
 */
export function readSeedDocuments(bundle: Bundle): { sourceId: number; body: string }[] {
  return bundle.sources.flatMap((source) => {
    if (!source.document) return [];
    if (basename(source.document) !== source.document)
      throw new Error(`Seed source ${source.id}: “document” must be a file name in db/seed/documents, not ${source.document}`);
    const bytes = readFileSync(DOCUMENTS_DIR + source.document);
    return [{ sourceId: toRowId(source.id), body: decodeDocument(bytes, source.document) }];
  });
}
