import { describe, expect, it } from 'vitest';
import { settleWithin } from '../../src/settle-within';

describe('settleWithin', () => {
  it('gives the value of a promise that settles in time', async () => {
    expect(await settleWithin(Promise.resolve('answer'), 1_000, 'late')).toBe('answer');
  });

  it('gives the fallback once the deadline passes, while the promise runs on', async () => {
    let finish: (value: string) => void = () => {};
    const slow = new Promise<string>((resolve) => (finish = resolve));
    expect(await settleWithin(slow, 10, 'late')).toBe('late');
    finish('done');
    expect(await slow).toBe('done');
  });

  it('passes on a rejection that comes in time', async () => {
    await expect(settleWithin(Promise.reject(new Error('broken')), 1_000, 'late')).rejects.toThrow('broken');
  });
});
