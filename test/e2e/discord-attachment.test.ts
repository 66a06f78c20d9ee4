import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordHarness, startDiscordHarness } from './discord-fixtures';
import { MODERATOR, buildCommandInteraction } from './discord-interactions';
import { createSnowflake } from './discord-stand-in';

const ARTICLE = 'Officials in Khost counted 14 checkpoints in March 2025.\n';
let harness: DiscordHarness;
let files: Server;
let filesUrl: string;

beforeAll(async () => {
  harness = await startDiscordHarness();
  files = createServer((request, response) => response.end(request.url === '/binary.txt' ? Buffer.from([0x50, 0x00, 0x4b]) : ARTICLE));
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(async () => {
  files.closeAllConnections();
  files.close();
  await harness?.close();
});

// `/source add` with its text attached, as the gateway delivers it: the option holds the
// attachment's id, and `resolved` carries the file's address and size.
function buildAttachedSourceAdd(title: string, path: string) {
  const interaction = buildCommandInteraction(harness.standIn.applicationId, 'source add', { title, url: `https://example.org/${path}` }, MODERATOR);
  const id = createSnowflake();
  interaction.data.options[0]!.options.push({ name: 'text', type: 11, value: id } as never);
  const attachment = { id, filename: path, size: ARTICLE.length, url: `${filesUrl}/${path}`, proxy_url: `${filesUrl}/${path}`, content_type: 'text/plain' };
  return { ...interaction, data: { ...interaction.data, resolved: { attachments: { [id]: attachment } } } };
}

async function send(interaction: ReturnType<typeof buildAttachedSourceAdd>) {
  harness.standIn.dispatchInteraction(interaction);
  const edit = await harness.standIn.waitForRequest(
    (request) => request.method === 'PATCH' && request.path === `/webhooks/${harness.standIn.applicationId}/${interaction.token}/messages/%40original`,
  );
  return JSON.stringify(edit.body);
}

describe('Discord /source add with an attached document', () => {
  it('stores the attached file as the source’s text', async () => {
    const body = await send(buildAttachedSourceAdd('Attached report', 'report.txt'));
    const [, id] = /Added S(\d+)/.exec(body)!;
    expect(await harness.core.base.sources.textOf(Number(id))).toBe(ARTICLE);
  });

  it('refuses a binary attachment, saying what to do, and stores nothing', async () => {
    const sources = (await harness.core.base.sources.list()).length;
    expect(await send(buildAttachedSourceAdd('Binary report', 'binary.txt'))).toMatch(/binary file/);
    expect((await harness.core.base.sources.list()).length).toBe(sources);
  });
});
