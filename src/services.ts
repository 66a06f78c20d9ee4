import type { ProgressListener } from './domain/progress';
import type { FactBase } from './fact-base';
import type { Searcher } from './search/searcher';

/** What commands work with: the fact base, the search over it and the clock. */
export interface CoreServices {
  base: FactBase;
  searcher: Searcher;
  now: () => Date;
  /** Whether unanswered questions are kept as gaps (BRIEFBOT_RECORD_GAPS). */
  recordGaps?: boolean;
  /** Shows how far a long run (a large import) has got; only the one-shot CLI has one. */
  progress?: ProgressListener;
}
