import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES } from './adversarial';
import { type StopReason, runGuarded } from './guarded-run';

const SCRIPT = fileURLToPath(new URL('./measure-hostile.ts', import.meta.url));

/** One hostile input's figures, or why it did not finish. */
export interface HostileCase {
  name: string;
  characters?: number;
  askMs: number | null;
  autocompleteMs: number | null;
  stopped?: Exclude<StopReason, null>;
}

/** The slowest ask and autocomplete over the hostile inputs; null when some input did not finish. */
export interface HostileResult {
  worstAskMs: number | null;
  worstAutocompleteMs: number | null;
  hostile: HostileCase[];
}

/**
 * Measures every hostile input on the base at `path`, in a guarded child: an input that runs past
 * the time limit or the memory limit is recorded as stopped and the next ones run in a new child.
 */
export async function measureHostileInputs(path: string, limits: { timeoutMs: number; maxRssMb: number }): Promise<HostileResult> {
  const done: HostileCase[] = [];
  let remaining: string[] = [...HOSTILE_CASES];
  while (remaining.length > 0) {
    const { lines, stopped } = await runGuarded(process.execPath, ['--import', 'tsx', SCRIPT, path, ...remaining], limits);
    const finished = lines.map((line) => JSON.parse(line) as HostileCase);
    done.push(...finished);
    remaining = remaining.slice(finished.length);
    if (stopped && remaining.length > 0) {
      done.push({ name: remaining[0]!, askMs: null, autocompleteMs: null, stopped });
      remaining = remaining.slice(1);
    }
  }
  const worst = (pick: (c: HostileCase) => number | null): number | null =>
    done.some((c) => pick(c) === null) ? null : Math.max(...done.map((c) => pick(c)!));
  return { worstAskMs: worst((c) => c.askMs), worstAutocompleteMs: worst((c) => c.autocompleteMs), hostile: done };
}
