import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../app/core';
import { createSilentLogger } from '../../src/logger';
import { createSearcher } from '../../src/search/searcher';
import { moderator } from '../helpers/core';

const path = join(mkdtempSync(join(tmpdir(), 'briefbot-vocabulary-')), 'shared.db');
const reader = await openCore({ databasePath: path, logger: createSilentLogger() });
const writer = await openCore({ databasePath: path, logger: createSilentLogger() });
afterAll(async () => {
  await reader.close();
  await writer.close();
});

describe('the entity vocabulary version', () => {
  it('changes for another connection when the newest alias is removed and another added', async () => {
    await writer.dispatch('alias add', { entity: 'TTP', alias: 'Tehrik Taliban' }, moderator);
    const seen = await reader.base.entities.vocabularyVersion();
    const searcher = createSearcher(reader.base, () => new Date());
    expect((await searcher.findEntity('Tehrik Taliban'))?.name).toBe('Tehreek-e-Taliban Pakistan');
    await writer.dispatch('alias remove', { alias: 'Tehrik Taliban' }, moderator);
    await writer.dispatch('alias add', { entity: 'Pakistan', alias: 'Islamic Republic' }, moderator);
    expect(await reader.base.entities.vocabularyVersion()).not.toBe(seen);
    expect((await searcher.findEntity('Islamic Republic'))?.name).toBe('Pakistan');
    expect(await searcher.findEntity('Tehrik Taliban')).toBeUndefined();
  });
});
