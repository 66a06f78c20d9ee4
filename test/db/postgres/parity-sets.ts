import { readdirSync } from 'node:fs';

/** The folder of the independently written question sets. */
export const EVAL_DIR = new URL('../../search/eval/', import.meta.url);

/**
 * The sets the stores are compared on: every held-out half. Each set was split in half by kind, so
 * the held-out halves ask every kind of question the tuning halves do, and comparing on half the
 * questions keeps these checks from growing with every set while they still cover each kind.
 */
export const PARITY_SETS: readonly string[] = readdirSync(EVAL_DIR).filter((file) => file.startsWith('holdout') && file.endsWith('.jsonl'));
