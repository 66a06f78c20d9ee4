import { randomBytes } from 'node:crypto';
import type { Invocation } from '../../src/invocation';
import type { Action, Reply } from '../../src/reply';

type PageAction = Extract<Action, { kind: 'page' }>;

/** The reply's page actions: what the pager keeps for its page buttons. */
export function pageActionsOf(reply: Reply): PageAction[] {
  return (reply.actions ?? []).filter((action): action is PageAction => action.kind === 'page');
}

/**
 * Remembers a listing's page actions under a short key, because a button id holds at most 100
 * characters: the button carries the key and the page, the pager what runs for that page.
 */
export interface Pager {
  /** Keeps the page actions under a new key, or under `key` as the same listing is turned. */
  remember(actions: readonly PageAction[], key?: string): string;
  recall(key: string, page: number): Invocation | undefined;
}

/**
 * Creates a pager that keeps the most recent `capacity` listings in memory. An evicted or
 * pre-restart key is simply unknown: the person is asked to run the command again.
 */
export function createPager(capacity = 2000): Pager {
  const listings = new Map<string, Map<number, Invocation>>();
  // Taking a listing out to put it back marks it as recently used, so lists people are paging through stay.
  const touch = (key: string): Map<number, Invocation> | undefined => {
    const pages = listings.get(key);
    listings.delete(key);
    return pages;
  };
  return {
    remember(actions, known) {
      const key = known ?? randomBytes(6).toString('base64url');
      const pages = touch(key) ?? new Map<number, Invocation>();
      for (const action of actions) pages.set(action.page, action.invocation);
      listings.set(key, pages);
      if (listings.size > capacity) {
        const oldest = listings.keys().next().value;
        if (oldest !== undefined) listings.delete(oldest);
      }
      return key;
    },
    recall(key, page) {
      const pages = touch(key);
      if (pages) listings.set(key, pages);
      return pages?.get(page);
    },
  };
}
