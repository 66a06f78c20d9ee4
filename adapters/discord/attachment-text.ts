import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_DOCUMENT_BYTES, decodeDocument } from '../../src/documents/decode-document';
import { UserError } from '../../src/user-error';
import type { Invocation } from '../../src/invocation';

/** How long fetching an attachment from Discord's file store may take. */
export const ATTACHMENT_TIMEOUT_MS = 10_000;

/**
 * Fetches an attachment's bytes, reading at most one byte past `maxBytes` so a huge or lying file
 * costs nothing, and gives up after `timeoutMs`. The text is decoded with the core's own checks.
 */
export async function fetchAttachmentText(url: string, name: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? ATTACHMENT_TIMEOUT_MS), redirect: 'error' });
  } catch (error) {
    throw new UserError(
      `${name} could not be fetched from Discord (${(error as Error).name === 'TimeoutError' ? 'it took too long' : 'the download failed'}); attach it again.`,
      'attachment-fetch',
    );
  }
  if (!response.ok || !response.body)
    throw new UserError(`${name} could not be fetched from Discord (HTTP ${response.status}); attach it again.`, 'attachment-fetch');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  const bytes = Buffer.concat(chunks);
  if (size > maxBytes)
    throw new UserError(
      `${name} is larger than ${maxBytes.toLocaleString('en')} bytes, the most a source document may be; store an excerpt instead.`,
      'document-too-large',
    );
  return decodeDocument(bytes, name);
}

/** Replaces each attachment option's value (an id) with the attached file's text. */
export async function resolveAttachments(call: Invocation, interaction: ChatInputCommandInteraction, fetchText = fetchAttachmentText): Promise<Invocation> {
  const subcommand = interaction.options.data.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  const attached = (subcommand?.options ?? interaction.options.data).filter(
    (option) => option.type === ApplicationCommandOptionType.Attachment && option.attachment,
  );
  if (attached.length === 0) return call;
  const options = { ...call.options };
  for (const option of attached) {
    const file = option.attachment!;
    if (file.size > MAX_DOCUMENT_BYTES)
      throw new UserError(
        `${file.name} is ${file.size.toLocaleString('en')} bytes; a source document may be at most ${MAX_DOCUMENT_BYTES.toLocaleString('en')} bytes.`,
        'document-too-large',
      );
    options[option.name] = await fetchText(file.url, file.name);
  }
  return { ...call, options };
}
