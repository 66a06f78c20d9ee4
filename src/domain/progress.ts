/**
 * How far a long run has got: `step` names what is being done (a table being copied, the facts of
 * an import), `done` counts its rows so far out of `total`. A step starts with `done` 0 and ends
 * when `done` reaches `total`. A listener that throws stops the run.
 */
export interface Progress {
  step: string;
  done: number;
  total: number;
}

/** Told of every step's start and of each batch after it. */
export type ProgressListener = (progress: Progress) => void;
