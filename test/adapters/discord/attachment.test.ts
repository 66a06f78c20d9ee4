import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchAttachmentText, resolveAttachments } from '../../../adapters/discord/attachment-text';
import { toCommandJson } from '../../../adapters/discord/command-json';
import { openTestCore } from '../../helpers/core';

const ARTICLE = 'Officials in Khost counted 14 checkpoints in March 2025.\n';
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article.txt') response.end(ARTICLE);
    else if (request.url === '/huge.txt') {
      response.write('a'.repeat(5000));
      response.end('a'.repeat(5000));
    } else if (request.url === '/binary.txt') response.end(Buffer.from([0x25, 0x50, 0x00, 0x01]));
    else if (request.url === '/slow.txt') setTimeout(() => response.end(ARTICLE), 2000);
    else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('a Discord attachment as a source text', () => {
  it('is fetched and decoded', async () => {
    expect(await fetchAttachmentText(`${base}/article.txt`, 'article.txt')).toBe(ARTICLE);
  });

  it.each([
    ['/huge.txt', { maxBytes: 4000 }, /larger than 4,000 bytes/],
    ['/binary.txt', {}, /NUL bytes, so it is a binary file/],
    ['/slow.txt', { timeoutMs: 200 }, /took too long/],
    ['/missing.txt', {}, /HTTP 404/],
  ])('refuses %s with a message saying what to do', async (path, options, message) => {
    await expect(fetchAttachmentText(`${base}${path}`, 'doc.txt', options)).rejects.toThrow(message);
  });

  it('fills the attachment option with the file’s text, and refuses a declared size over the cap without fetching', async () => {
    const interaction = (attachment: { url: string; name: string; size: number }) =>
      ({
        options: {
          data: [
            {
              type: 1,
              name: 'add',
              options: [
                { type: 3, name: 'title', value: 'T' },
                { type: 11, name: 'text', value: '123', attachment },
              ],
            },
          ],
        },
      }) as unknown as ChatInputCommandInteraction;
    const call = { command: 'source add', options: { title: 'T', text: '123' } };
    const resolved = await resolveAttachments(call, interaction({ url: `${base}/article.txt`, name: 'article.txt', size: ARTICLE.length }));
    expect(resolved.options).toEqual({ title: 'T', text: ARTICLE });
    let fetched = false;
    const counting = async () => {
      fetched = true;
      return '';
    };
    await expect(resolveAttachments(call, interaction({ url: `${base}/article.txt`, name: 'big.txt', size: 2_000_000 }), counting)).rejects.toThrow(
      /at most 1,000,000 bytes/,
    );
    expect(fetched).toBe(false);
  });

  it('is registered as an attachment option of /source add', async () => {
    const core = await openTestCore();
    try {
      const source = toCommandJson(core.specs.filter((spec) => spec.group === 'source')).find((command) => command.name === 'source')!;
      const add = source.options!.find((option) => option.name === 'add') as { options: { name: string; type: number }[] };
      expect(add.options.find((option) => option.name === 'text')?.type).toBe(11);
    } finally {
      await core.cleanup();
    }
  });
});
