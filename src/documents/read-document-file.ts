import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../user-error';
import { MAX_DOCUMENT_BYTES, decodeDocument } from './decode-document';

const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];

/** Reads a plain-text or Markdown file from disk as a source's text, never more than the size cap. */
export function readDocumentFile(path: string): string {
  if (!TEXT_EXTENSIONS.includes(extname(path).toLowerCase())) {
    throw new UserError(
      `${path} is not a plain-text or Markdown file; a source's text must be ${TEXT_EXTENSIONS.join(', ')} (export a PDF or Word file as text first), e.g. --file article.txt.`,
      'document-type',
    );
  }
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new UserError(`Cannot read ${path}: ${(error as Error).message}.`, 'unreadable-file');
  }
  try {
    // One byte past the cap is enough to tell that the file is too large without reading it all.
    const size = Math.min(fstatSync(descriptor).size, MAX_DOCUMENT_BYTES + 1);
    const bytes = Buffer.alloc(size);
    const read = readSync(descriptor, bytes, 0, size, 0);
    return decodeDocument(bytes.subarray(0, read), path);
  } finally {
    closeSync(descriptor);
  }
}
