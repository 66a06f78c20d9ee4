import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { FactBase } from '../src/fact-base';
import { quantile, round, timeEach } from './stats';

/** One baseline's timings on the same questions, next to briefbot's. */
export interface BaselineResult {
  p50Ms: number;
  p99Ms: number;
  buildSeconds: number;
}

const LIMIT = 5;

function summarise(times: readonly number[], buildStarted: number, built: number): BaselineResult {
  return { p50Ms: round(quantile(times, 0.5)), p99Ms: round(quantile(times, 0.99)), buildSeconds: round((built - buildStarted) / 1000, 1) };
}

/** The facts as the baselines index them: statement, quote and the names of the entities tagged. */
export async function readBaselineFacts(base: FactBase) {
  return (await base.bundles.read()).facts.map((fact, id) => ({ id, statement: fact.statement, quote: fact.quote, entities: fact.entities.join(' ') }));
}

type BaselineFact = Awaited<ReturnType<typeof readBaselineFacts>>[number];

/** The naive bot: fuse.js over every fact's text, as a bot without an index would search. */
export async function measureFuse(facts: readonly BaselineFact[], questions: readonly string[]): Promise<BaselineResult> {
  const started = performance.now();
  const fuse = new Fuse(
    facts.map((fact) => ({ text: `${fact.statement} ${fact.quote} ${fact.entities}` })),
    { keys: ['text'], ignoreLocation: true, threshold: 0.4 },
  );
  const built = performance.now();
  return summarise(await timeEach(questions, (question) => fuse.search(question, { limit: LIMIT })), started, built);
}

/**
 * The library a developer would pick for an in-memory search: MiniSearch over the same fields,
 * with its fuzzy (0.2) and prefix matching, so typos and word stems get a fair chance too.
 */
export async function measureMiniSearch(facts: readonly BaselineFact[], questions: readonly string[]): Promise<BaselineResult> {
  const started = performance.now();
  const index = new MiniSearch<BaselineFact>({ fields: ['statement', 'quote', 'entities'], searchOptions: { fuzzy: 0.2, prefix: true } });
  index.addAll(facts);
  const built = performance.now();
  return summarise(await timeEach(questions, (question) => index.search(question).slice(0, LIMIT)), started, built);
}
