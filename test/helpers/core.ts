import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../../src/caller';
import { type Core, openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import type { Reply } from '../../src/reply';

/** The date every test core sees as today, so relative periods ("last year") are stable. */
export const TODAY = new Date('2026-11-24T12:00:00Z');

/** A core on a fresh seeded database file in a temp folder; `cleanup` removes it. */
export async function openTestCore(): Promise<Core & { path: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-test-'));
  const path = join(dir, 'briefbot.db');
  const core = await openCore({ databasePath: path, logger: createSilentLogger(), now: () => TODAY });
  return {
    ...core,
    path,
    cleanup: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const moderator: Caller = { platform: 'terminal', userId: 'mod', displayName: 'Mod', isModerator: true };
export const member: Caller = { platform: 'discord', userId: 'u1', displayName: 'Member', isModerator: false };

/** The text of every notice in a reply. */
export function noticesOf(reply: Reply): string[] {
  return reply.blocks.flatMap((block) => (block.kind === 'notice' ? [block.text] : []));
}

/** The ids of the facts a reply shows, in order. */
export function factIdsOf(reply: Reply): string[] {
  return reply.blocks.flatMap((block) => (block.kind === 'fact' ? [block.fact.id] : []));
}
