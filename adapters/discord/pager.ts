import type { PageAction, PageListings } from '../../src/page-listings';
import type { Reply } from '../../src/reply';

/** What the adapter needs of the core's page listings to put page buttons under a reply and turn them. */
export type Pager = PageListings;

/** The reply's page actions: what the pager keeps for its page buttons. */
export function pageActionsOf(reply: Reply): PageAction[] {
  return (reply.actions ?? []).filter((action): action is PageAction => action.kind === 'page');
}
