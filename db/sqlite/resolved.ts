import type { Stores } from '../store';
import { toStoreFailure } from './store-failure';

/**
 * A repository as better-sqlite3 serves it: each method of the asynchronous interface `T` answers
 * directly, its whole transaction done within the call.
 */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R | Promise<R> : T[K];
};

/** Every repository of a base as better-sqlite3 serves it. */
export type SynchronousStores = { [K in keyof Stores]: Synchronous<Stores[K]> };

/**
 * The asynchronous interface over a synchronous repository: each call runs to its end (the
 * transaction included) before it returns, and hands back a settled promise, so no caller can
 * wedge anything between a read, its check and its write. A file that cannot be used just now
 * (locked beyond the busy timeout, unreadable) rejects with StoreUnavailableError.
 */
export function toResolved<T extends object>(store: Synchronous<T>): T {
  const resolved: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(store)) {
    resolved[name] = (...args: unknown[]): Promise<unknown> => {
      try {
        return Promise.resolve((method as (...a: unknown[]) => unknown)(...args));
      } catch (error) {
        return Promise.reject(toStoreFailure(error));
      }
    };
  }
  return resolved as T;
}
