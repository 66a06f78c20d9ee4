import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { commandName } from '../../src/command-spec';
import type { Caller } from '../../src/caller';
import type { Block } from '../../src/reply';
import { openTestCore } from '../helpers/core';

const core = await openTestCore();
afterAll(() => core.cleanup());

const on = (platform: Caller['platform']): Caller => ({ platform, userId: 'u', displayName: 'U', isModerator: true });

async function helpText(platform: Caller['platform']): Promise<string> {
  const reply = await core.dispatch('brief help', {}, on(platform));
  return reply.blocks.map((block: Block) => (block.kind === 'list' ? block.items.join('\n') : block.kind === 'text' ? block.text : '')).join('\n');
}

describe('help in each platform’s own words', () => {
  it('shows Discord its typed options, never --option syntax', async () => {
    const text = await helpText('discord');
    expect(text).toContain('/brief ask question:<question> [public:True] — Ask a briefing question');
    expect(text).toContain('/fact retract id:<id> reason:<reason> [expect-version:<expect-version>] — Retract a fact');
    expect(text).toContain('For example: /brief ask question:length of the Tajik border');
    expect(text).not.toMatch(/ --\w/);
  });

  it('shows Slack the --option syntax with quoting', async () => {
    const text = await helpText('slack');
    expect(text).toContain('/brief search <query…> [--page <page>]');
    expect(text).toContain('put a value of several words in "quotes"');
    expect(text).toContain('For example: /brief ask "length of the Tajik border"');
  });

  it('shows the shell form on the CLI, with how to call it', async () => {
    const text = await helpText('cli');
    expect(text).toContain('From the shell, put the command after npm run --silent briefbot --');
    expect(text).toContain('backup <file…> — Copy the database');
    expect(text).not.toContain('/brief');
  });

  it('tells the terminal session how the same commands run from the shell', async () => {
    expect(await helpText('terminal')).toContain(
      'The same commands run one-shot from the shell after npm run --silent briefbot --, e.g. npm run --silent briefbot -- length of the Tajik border',
    );
    expect(await helpText('slack')).not.toContain('npm run');
  });

  it('offers the terminal commands only where there is a file system', async () => {
    expect(await helpText('slack')).not.toContain('digest-save');
    expect(await helpText('terminal')).toContain('/brief digest-save <topic…> --file <file>');
  });
});

describe('the Discord guide', () => {
  it('lists every command registered on Discord', () => {
    const guide = readFileSync(new URL('../../docs/discord.md', import.meta.url), 'utf8');
    const offered = core.specs.filter((spec) => !spec.platforms || spec.platforms.includes('discord'));
    expect(offered.map(commandName).filter((name) => !guide.includes(`\`/${name}\``))).toEqual([]);
  });
});
