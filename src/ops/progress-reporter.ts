import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import type { Progress, ProgressListener } from '../domain/progress';

// The bar's library takes 20–45 ms to load: it is loaded when a bar is first drawn, not by every
// one-shot command that might show one.
const load = createRequire(import.meta.url);

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A listener that shows progress, and `close` to end a bar a failed run left drawn. */
export interface ProgressReporter {
  report: ProgressListener;
  close(): void;
}

export interface ProgressReporterOptions {
  /** Without a terminal, a line every this many rows of a step (and one as it ends). */
  everyRows?: number;
  /** Milliseconds, for the rate. */
  now?: () => number;
}

const DEFAULT_EVERY_ROWS = 10_000;
const count = new Intl.NumberFormat('en-US');

interface Step {
  name: string;
  startedAt: number;
  printedAt: number;
}

function rowsPerSecond(done: number, step: Step, now: number): string {
  const seconds = (now - step.startedAt) / 1000;
  return seconds > 0 ? count.format(Math.round(done / seconds)) : '–';
}

/** One line per step as it ends, and one every `everyRows` rows before: for logs and pipes. */
function createLinePrinter(stream: ProgressStream, options: Required<ProgressReporterOptions>): ProgressReporter {
  let step: Step | undefined;
  const report = (progress: Progress): void => {
    const now = options.now();
    if (step?.name !== progress.step || progress.done === 0) step = { name: progress.step, startedAt: now, printedAt: 0 };
    const ended = progress.done >= progress.total;
    const due = Math.floor(progress.done / options.everyRows) > Math.floor(step.printedAt / options.everyRows);
    if (!ended && !due) return;
    step.printedAt = progress.done;
    const rate = progress.done > 0 ? ` (${rowsPerSecond(progress.done, step, now)} rows/s)` : '';
    stream.write(`${progress.step}: ${count.format(progress.done)} of ${count.format(progress.total)} rows${rate}${ended ? ', done' : ''}\n`);
  };
  return { report, close: () => undefined };
}

/** A bar per step, redrawn in place, with the counts and the rate: for a person at a terminal. */
function newBar(stream: ProgressStream): SingleBar {
  const cliProgress = load('cli-progress') as typeof import('cli-progress');
  return new cliProgress.SingleBar(
    { stream: stream as NodeJS.WritableStream, format: '{step} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}', barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
}

function createBar(stream: ProgressStream, options: Required<ProgressReporterOptions>): ProgressReporter {
  let bar: SingleBar | undefined;
  let step: Step | undefined;
  let drawn = false;
  const close = (): void => {
    if (drawn) bar?.stop();
    drawn = false;
  };
  const report = (progress: Progress): void => {
    const now = options.now();
    if (step?.name !== progress.step || progress.done === 0) {
      close();
      step = { name: progress.step, startedAt: now, printedAt: 0 };
      bar ??= newBar(stream);
      bar.start(progress.total, progress.done, { step: progress.step, rate: '–' });
      drawn = true;
    } else bar?.update(progress.done, { rate: rowsPerSecond(progress.done, step, now) });
    if (progress.done >= progress.total) close();
  };
  return { report, close };
}

/** Shows a long run's progress on `stream`: a bar on a terminal, plain lines otherwise. */
export function createProgressReporter(stream: ProgressStream, options: ProgressReporterOptions = {}): ProgressReporter {
  const settled = { everyRows: options.everyRows ?? DEFAULT_EVERY_ROWS, now: options.now ?? Date.now };
  return stream.isTTY ? createBar(stream, settled) : createLinePrinter(stream, settled);
}
