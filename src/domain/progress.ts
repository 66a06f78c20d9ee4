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

/**
 * Counts the rows of one step for `listener`: reports the start at once, then every `every` rows
 * and the last row. Without a listener it does nothing.
 */
export function countRows(listener: ProgressListener | undefined, step: string, total: number, every = 1_000): () => void {
  if (!listener) return () => undefined;
  let done = 0;
  listener({ step, done, total });
  return () => {
    done += 1;
    if (done % every === 0 || done === total) listener({ step, done, total });
  };
}
