import type { FactBase } from './fact-base';
import type { Searcher } from './search/searcher';

/** What commands work with: the fact base, the search over it and the clock. */
export interface CoreServices {
  base: FactBase;
  searcher: Searcher;
  now: () => Date;
  /** Whether unanswered questions are kept as gaps (BRIEFBOT_RECORD_GAPS). */
  recordGaps?: boolean;
}
