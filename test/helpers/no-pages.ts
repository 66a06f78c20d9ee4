import type { PageListings } from '../../src/page-listings';
import { noticeReply } from '../../src/reply';

/** Page listings for adapter tests whose core pages nothing: nothing is kept, every key has expired. */
export const NO_PAGES: PageListings = {
  remember: async () => undefined,
  recall: async () => ({ reply: noticeReply('info', 'These pages have expired.') }),
};
