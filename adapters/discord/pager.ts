import { randomBytes } from 'node:crypto';

/** A command and its options, replayed with another `page` when someone clicks a page button. */
export interface PageRequest {
  command: string;
  options: Record<string, unknown>;
}

/** Remembers paged requests under short keys, because a button id holds at most 100 characters. */
export interface Pager {
  remember(request: PageRequest): string;
  recall(key: string): PageRequest | undefined;
}

/**
 * Creates a pager that keeps the most recent `capacity` requests in memory. An evicted or
 * pre-restart key is simply unknown: the person is asked to run the command again.
 */
export function createPager(capacity = 2000): Pager {
  const requests = new Map<string, PageRequest>();
  return {
    remember(request) {
      const key = randomBytes(6).toString('base64url');
      requests.set(key, request);
      if (requests.size > capacity) {
        const oldest = requests.keys().next().value;
        if (oldest !== undefined) requests.delete(oldest);
      }
      return key;
    },
    recall(key) {
      const request = requests.get(key);
      if (request) {
        // Re-inserting marks the key as recently used, so lists people are paging through stay.
        requests.delete(key);
        requests.set(key, request);
      }
      return request;
    },
  };
}
