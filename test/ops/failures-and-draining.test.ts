import { Writable } from 'node:stream';
import pino from 'pino';
import * as z from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../commands/definition';
import { toStoreFailure } from '../../db/sqlite/store-failure';
import { createDispatcher } from '../../src/dispatch';
import { openFactBase } from '../../src/fact-base';
import { trackInFlight } from '../../src/ops/in-flight';
import { createRateLimiter } from '../../src/rate-limit';
import type { CoreServices } from '../../src/services';
import { member, noticesOf } from '../helpers/core';

const base = await openFactBase({ path: ':memory:' });
afterAll(() => base.close());
const roomyLimiter = () =>
  createRateLimiter({ queriesPerMinute: 100, writesPerMinute: 100, moderatorWritesPerMinute: 100, autocompletesPerMinute: 100 }, base.rateLimits);

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write: (chunk, _encoding, done) => {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

const broken = [
  defineCommand({
    group: 'test',
    name: 'throws',
    description: 'x',
    access: 'anyone',
    input: z.object({}),
    run: () => {
      throw new Error('kaboom');
    },
  }),
  defineCommand({
    group: 'test',
    name: 'rejects',
    description: 'x',
    access: 'anyone',
    input: z.object({}),
    run: () => Promise.reject(new TypeError('async kaboom')),
  }),
];

describe('a handler that fails', () => {
  it.each(['test throws', 'test rejects'])('%s: the user gets a reference that the log also holds, and dispatch keeps working', async (name) => {
    const { logger, lines } = captureLogs();
    const dispatch = createDispatcher({
      commands: broken,
      services: { now: () => new Date() } as CoreServices,
      logger,
      rateLimiter: roomyLimiter(),
    });
    const text = noticesOf(await dispatch(name, {}, member)).join(' ');
    const ref = /Something went wrong \(ref ([0-9a-f]{6})\)/.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(lines.some((line) => line.includes(`"ref":"${ref}"`) && line.includes('kaboom'))).toBe(true);
    expect(noticesOf(await dispatch(name, {}, member)).join(' ')).toMatch(/Something went wrong/);
  });
});

describe('a database failure from the disk', () => {
  const failing = (code: string) =>
    defineCommand({
      group: 'test',
      name: 'disk',
      description: 'x',
      access: 'anyone',
      input: z.object({}),
      // As the SQLite store hands its errors on.
      run: () => {
        throw toStoreFailure(Object.assign(new Error('disk trouble'), { code }));
      },
    });
  const dispatchFailing = (code: string, logger: pino.Logger) =>
    createDispatcher({ commands: [failing(code)], services: { now: () => new Date() } as CoreServices, logger, rateLimiter: roomyLimiter() });

  it.each(['SQLITE_CANTOPEN', 'SQLITE_CANTOPEN_ISDIR'])('%s leaves the fact base unreachable: a failed reply of its own, no reference', async (code) => {
    const { logger, lines } = captureLogs();
    const dispatch = dispatchFailing(code, logger);
    const reply = await dispatch('test disk', {}, member);
    expect(reply).toMatchObject({ outcome: 'failed', error: { identifier: 'store-unavailable' } });
    expect(noticesOf(reply)).toEqual(['The fact base is unreachable; try again shortly.']);
    expect(lines.some((line) => line.includes('"reason":"SQLITE_CANTOPEN"'))).toBe(true);
  });

  it.each([
    ['SQLITE_IOERR_WRITE', /could not be read or written \(a disk I\/O error\); nothing was changed/],
    ['SQLITE_IOERR', /could not be read or written \(a disk I\/O error\); nothing was changed/],
    ['SQLITE_CORRUPT', /file is damaged; nothing was changed\. The team needs to restore it from a backup/],
    ['SQLITE_FULL', /The database disk is full; nothing was changed/],
  ])('%s is answered plainly, without a reference', async (code, message) => {
    const { logger, lines } = captureLogs();
    const dispatch = dispatchFailing(code, logger);
    const text = noticesOf(await dispatch('test disk', {}, member)).join(' ');
    expect(text).toMatch(message);
    expect(text).not.toMatch(/ref [0-9a-f]{6}/);
    expect(lines.some((line) => line.includes(`"code":"${code}"`))).toBe(true);
  });
});

describe('draining for a shutdown', () => {
  it('lets running commands finish, then refuses new ones', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const tracked = trackInFlight(async () => {
      await slow;
      return { outcome: 'ok', visibility: 'private', blocks: [{ kind: 'text', text: 'done' }] };
    });
    const running = tracked.dispatch('brief ask', {}, member);
    const drained = tracked.drain(5000);
    expect(noticesOf(await tracked.dispatch('brief ask', {}, member)).join(' ')).toMatch(/restarting; nothing was run/);
    release();
    expect((await running).blocks).toEqual([{ kind: 'text', text: 'done' }]);
    expect(await drained).toEqual({ unfinished: 0 });
  });

  it('stops waiting after the bound and reports what is still running', async () => {
    const tracked = trackInFlight(() => new Promise(() => undefined));
    void tracked.dispatch('brief ask', {}, member);
    expect(await tracked.drain(50)).toEqual({ unfinished: 1 });
  });
});
