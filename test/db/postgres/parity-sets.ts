import { readdirSync } from 'node:fs';

/** The folder of the independently written question sets. */
export const EVAL_DIR = new URL('../../search/eval/', import.meta.url);

// Each store comparison asks every question of every set compared, on PGlite and on a server: a
// fixed number of sets keeps the suite's time from growing with each round's new sets.
const COMPARED_SETS = 12;

const setNumber = (file: string): number => Number(/-(\d+)\.jsonl$/.exec(file)?.[1] ?? 1);

/**
 * The sets the stores are compared on: the newest held-out halves. Each set was split in half by
 * kind, so a held-out half asks every kind of question its tuning half does.
 */
export const PARITY_SETS: readonly string[] = readdirSync(EVAL_DIR)
  .filter((file) => file.startsWith('holdout') && file.endsWith('.jsonl'))
  .sort((a, b) => setNumber(b) - setNumber(a))
  .slice(0, COMPARED_SETS);
