import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { ListingPageStore } from '../db/store';
import { StoreUnavailableError } from './domain/errors';
import type { Invocation } from './invocation';
import { type Action, type Reply, noticeReply } from './reply';
import { storeUnavailableReply } from './store-errors';

/** A reply's action that turns to another page of the same listing. */
export type PageAction = Extract<Action, { kind: 'page' }>;

/** What a page button leads to: the invocation to run, or the reply to show instead. */
export type RecalledPage = { invocation: Invocation } | { reply: Reply };

/**
 * Listings that page buttons turn, kept in the store under a short key (a Discord button id holds
 * at most 100 characters: the button carries the key and the page, the store what runs for it), so
 * a button works whichever process gets the click, and after a restart, until the listing expires.
 */
export interface PageListings {
  /**
   * Keeps a listing's page actions under a new key, or under `key` as the same listing is turned.
   * Undefined when the store cannot keep it just now: the listing is then shown without page buttons.
   */
  remember(actions: readonly PageAction[], key?: string): Promise<string | undefined>;
  /** What runs for a page of a kept listing, or the reply saying it expired or that the store cannot be reached. */
  recall(key: string, page: number): Promise<RecalledPage>;
}

/** How long a listing's page buttons keep working after it was last shown or turned. */
export const LISTING_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const EXPIRED = noticeReply('info', 'These pages have expired (briefbot keeps lists for a week). Run the command again to page through them.');

const storedInvocation = z.object({ command: z.string(), options: z.record(z.string(), z.unknown()) });

function decodeInvocation(text: string): Invocation | undefined {
  try {
    const parsed = storedInvocation.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The page listings over a store, timed by `now`. */
export function createPageListings(store: ListingPageStore, now: () => Date = () => new Date()): PageListings {
  return {
    async remember(actions, known) {
      const key = known ?? randomBytes(6).toString('base64url');
      const pages = actions.map((action) => ({ page: action.page, invocation: JSON.stringify(action.invocation) }));
      const at = now().getTime();
      try {
        await store.keep(key, pages, at, at + LISTING_LIFETIME_MS);
        return key;
      } catch (error) {
        if (error instanceof StoreUnavailableError) return undefined;
        throw error;
      }
    },
    async recall(key, page) {
      let stored: string | undefined;
      try {
        stored = await store.pageOf(key, page, now().getTime());
      } catch (error) {
        if (error instanceof StoreUnavailableError) return { reply: storeUnavailableReply() };
        throw error;
      }
      const invocation = stored === undefined ? undefined : decodeInvocation(stored);
      return invocation ? { invocation } : { reply: EXPIRED };
    },
  };
}
