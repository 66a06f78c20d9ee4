import { UserError } from '../user-error';

/** The largest document a source may carry: enough for a long report, small enough to index at once. */
export const MAX_DOCUMENT_BYTES = 1_000_000;

const EXAMPLE = 'e.g. save it from your editor as “UTF-8” and run /source add --title "Annual report" --url https://example.org/report --file report.txt';

/**
 * Turns the bytes of an uploaded document into its text, refusing anything that is not plain
 * UTF-8 text or Markdown: a quote can only be checked against text that was read as written.
 */
export function decodeDocument(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new UserError(
      `${name} is ${bytes.length.toLocaleString('en')} bytes; a source document may be at most ${MAX_DOCUMENT_BYTES.toLocaleString('en')} bytes. Store an excerpt (the part the facts quote) instead.`,
      'document-too-large',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(`${name} is UTF-16 text; only UTF-8 is accepted: ${EXAMPLE}.`, 'document-encoding');
  }
  if (bytes.includes(0)) {
    throw new UserError(
      `${name} holds NUL bytes, so it is a binary file (a PDF or word-processor file?), not plain text. Export it as plain text or Markdown first: ${EXAMPLE}.`,
      'document-binary',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${name} is not valid UTF-8 (another encoding, such as Windows-1252?): ${EXAMPLE}.`, 'document-encoding');
  }
  // Escape sequences and other controls have no place in prose; they mean a binary or corrupted file.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is what this check is for.
  if (/[\u0001-\u0008\u000e-\u001f\u007f]/.test(text)) {
    throw new UserError(`${name} holds control characters, so it is not plain text. Export it as plain text or Markdown first: ${EXAMPLE}.`, 'document-binary');
  }
  if (text.trim().length === 0) throw new UserError(`${name} is empty; a source document must hold the source's text: ${EXAMPLE}.`, 'document-empty');
  return text;
}
