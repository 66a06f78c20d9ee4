import { describe, expect, it } from 'vitest';
import { toResolved } from '../../db/sqlite/resolved';

interface Counter {
  next(by: number): Promise<number>;
  fail(): Promise<void>;
}

function createCounter() {
  let value = 0;
  return {
    next(by: number): number {
      value += by;
      return value;
    },
    fail(): void {
      throw new Error('refused');
    },
  };
}

describe('a synchronous repository behind the asynchronous interface', () => {
  it('has done the whole call by the time it returns', () => {
    const counter = toResolved<Counter>(createCounter());
    void counter.next(2);
    return expect(counter.next(3)).resolves.toBe(5);
  });

  it('turns a refusal into a rejected promise rather than a throw at the call', async () => {
    const counter = toResolved<Counter>(createCounter());
    let promise: Promise<void> | undefined;
    expect(() => (promise = counter.fail())).not.toThrow();
    await expect(promise).rejects.toThrow('refused');
  });
});
